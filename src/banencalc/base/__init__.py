"""The ground floor every layer stands on: errors that name the input at fault (`errors`),
sentences as data (`messages`), numbers read as people type them (`numbers`), the user's files
read and written safely (`files`), and a workbook's sheet read exactly (`spreadsheet`)."""
