"""Results -> Reports: which rows, columns, notes and figures each command shows, and its JSON
contract. Imports the core (calc, scenario) and the data below it; never renders or localises."""
