"""Write the generated, pseudonymous payroll example in examples/payroll/ (deterministic: the
same files every run). Three employers over the twelve months of 2024: two school boards and a
lender (a detacheringsbureau) that hires target-group staff out to them and attributes their hours;
200 employees, a register list, and loonaangifte messages for one board's first quarter with a
correction.

    uv run python scripts/payroll_example.py
"""

from __future__ import annotations

import calendar
import csv
import random
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "payroll"

BOARD_A = "805612345L01"  # Stichting Openbaar Onderwijs Rivierenland (invented)
BOARD_B = "812398765L01"  # Stichting Christelijk Primair Onderwijs De Linge (invented)
LENDER = "856781234L01"  # Detacheringsbureau Samen Werkt (invented)
OTHER_BOARD = "819283746L01"  # a board outside the file (invented)
YEAR = 2024


def month_hours(per_week: Decimal, month: int) -> Decimal:
    """Paid hours in a month for a contract of `per_week` hours: per week x weeks in the month."""
    days = calendar.monthrange(YEAR, month)[1]
    return (per_week * days / 7).quantize(Decimal("0.01"))


def employees(rng: random.Random) -> list[dict[str, str | Decimal | int]]:
    people: list[dict[str, str | Decimal | int]] = []
    number = 0
    for employer, count in ((BOARD_A, 131), (BOARD_B, 44), (LENDER, 25)):
        for _ in range(count):
            number += 1
            people.append(
                {
                    "employer": employer,
                    "employee": f"W{number:04d}",
                    "per_week": Decimal(rng.choice([16, 20, 24, 28, 32, 36, 38])),
                    "from_month": 1 if rng.random() > 0.08 else rng.randint(2, 9),
                }
            )
    return people


def main() -> None:
    rng = random.Random(2025)
    people = employees(rng)
    # target group: two at board A (one from mid-April), one at board B (until September),
    # five at the lender: four hired out, one at home
    board_b = [p for p in people if p["employer"] == BOARD_B]
    target = {p["employee"] for p in people[:2]} | {board_b[0]["employee"]}
    lender_staff = [p for p in people if p["employer"] == LENDER]
    hired = {
        lender_staff[0]["employee"]: (BOARD_A, "all"),
        # attributes the whole year, but the person is in the register from July only: the
        # hours before July are not a target-group worker's, and are capped (Besluit Wfsv 2.28
        # lid 2 and 4)
        lender_staff[1]["employee"]: (BOARD_B, "all"),
        # hired out to a school board that is not in this file
        lender_staff[2]["employee"]: (OTHER_BOARD, "all"),
        lender_staff[3]["employee"]: (OTHER_BOARD, "all"),
    }
    target |= {p["employee"] for p in lender_staff[:5]}
    wsw_seconded = lender_staff[5]["employee"]  # a Wsw employee seconded to board A
    hired[wsw_seconded] = (BOARD_A, "none")
    OUT.mkdir(parents=True, exist_ok=True)
    register_rows = []
    for p in people:
        if p["employee"] not in target:
            continue
        start = f"{YEAR - rng.randint(1, 6)}-{rng.randint(1, 12):02d}-01"
        end = ""
        if p["employee"] == people[1]["employee"]:
            start = f"{YEAR}-04-15"  # entered the register mid-April: hours cut from then
        if p["employee"] == lender_staff[1]["employee"]:
            start = f"{YEAR}-07-01"
        if p["employee"] == board_b[0]["employee"]:
            end = f"{YEAR}-09-30"  # left the register at the end of September
        register_rows.append([p["employee"], start, end])
    with (OUT / "register.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["werknemer", "begindatum", "einddatum"])
        writer.writerows(register_rows)
    with (OUT / "loonlijst-2024.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(
            [
                "loonheffingennummer",
                "werknemer",
                "periode",
                "verloonde_uren",
                "uitgeleend_aan",
                "toegerekende_uren",
                "wsw",
            ]
        )
        for p in people:
            for month in range(int(str(p["from_month"])), 13):
                hours = month_hours(Decimal(str(p["per_week"])), month)
                out, attributed, wsw = "", "", "nee"
                if p["employee"] in hired:
                    out, how = hired[str(p["employee"])]
                    attributed = str(hours) if how == "all" else ""
                if p["employee"] == wsw_seconded:
                    wsw = "ja"
                writer.writerow(
                    [
                        p["employer"],
                        p["employee"],
                        f"{YEAR}-{month:02d}",
                        str(hours).replace(".", ","),
                        out,
                        attributed.replace(".", ","),
                        wsw,
                    ]
                )
    _messages()


def _bsn(rng: random.Random) -> str:
    """A number in the range the Dutch government reserves for tests (999990000-999999999)
    that passes the eleven-test: no real person's BSN."""
    while True:
        digits = f"99999{rng.randint(0, 9999):04d}"
        weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
        if sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
            return digits


MESSAGE = """<?xml version="1.0" encoding="UTF-8"?>
<Loonaangifte xmlns="http://xml.belastingdienst.nl/schemas/Loonaangifte/2025/01" version="2.0">
  <Bericht>
    <IdBer>{id}</IdBer>
    <DatTdAanm>{made}</DatTdAanm>
    <ContPers>Salarisadministratie</ContPers>
    <TelNr>0300000000</TelNr>
    <GebrSwPakket>voorbeeld</GebrSwPakket>
  </Bericht>
  <AdministratieveEenheid>
    <LhNr>{employer}</LhNr>
    <NmIP>Stichting Openbaar Onderwijs Rivierenland</NmIP>
{body}  </AdministratieveEenheid>
</Loonaangifte>
"""

RELATIONSHIP = """        <InkomstenverhoudingInitieel>
          <NumIV>{number}</NumIV>
          <DatAanv>2020-08-01</DatAanv>
          <PersNr>{personnel}</PersNr>
          <NatuurlijkPersoon>
            <SofiNr>{bsn}</SofiNr>
            <SignNm>Voorbeeld</SignNm>
            <Gebdat>1980-01-01</Gebdat>
          </NatuurlijkPersoon>
          <Inkomstenperiode>
            <DatAanvTv>{start}</DatAanvTv>
            <SrtIV>15</SrtIV>
            <CdAard>1</CdAard>
          </Inkomstenperiode>
          <Werknemersgegevens>
            <LnLbPh>{wage}</LnLbPh>
            <LnSV>{wage}</LnSV>
            <AantVerlU>{hours}</AantVerlU>
          </Werknemersgegevens>
        </InkomstenverhoudingInitieel>
"""


def _messages() -> None:
    """Three monthly returns of a small team at board A (January to March 2025), and in April a
    correction of February: one relationship's hours corrected, one withdrawn."""
    rng = random.Random(7)
    team = [
        (n + 1, f"P{n + 1:03d}", _bsn(rng), rng.choice([69, 86, 104, 121, 138])) for n in range(8)
    ]
    folder = OUT / "loonaangifte"
    folder.mkdir(exist_ok=True)
    for month in (1, 2, 3):
        last = calendar.monthrange(YEAR, month)[1]
        start, end = f"{YEAR}-{month:02d}-01", f"{YEAR}-{month:02d}-{last}"
        relationships = "".join(
            RELATIONSHIP.format(number=n, personnel=p, bsn=b, start=start, hours=h, wage=h * 25)
            for n, p, b, h in team
        )
        body = (
            f"    <TijdvakAangifte>\n      <DatAanvTv>{start}</DatAanvTv>\n"
            f"      <DatEindTv>{end}</DatEindTv>\n      <VolledigeAangifte>\n"
            f"{relationships}      </VolledigeAangifte>\n    </TijdvakAangifte>\n"
        )
        (folder / f"{YEAR}-{month:02d}.xml").write_text(
            MESSAGE.format(
                id=f"LA{YEAR}{month:02d}",
                made=f"{YEAR}-{month + 1:02d}-05T10:00:00",
                employer=BOARD_A,
                body=body,
            ),
            encoding="utf-8",
        )
    n, p, b, _ = team[0]
    corrected = RELATIONSHIP.format(
        number=n, personnel=p, bsn=b, start=f"{YEAR}-02-01", hours=100, wage=2500
    )
    withdrawn_number = team[7][0]
    body = (
        f"    <TijdvakCorrectie>\n      <DatAanvTv>{YEAR}-02-01</DatAanvTv>\n"
        f"      <DatEindTv>{YEAR}-02-{calendar.monthrange(YEAR, 2)[1]}</DatEindTv>\n{corrected}"
        f"      <InkomstenverhoudingIntrekking>\n        <NumIV>{withdrawn_number}</NumIV>\n"
        f"      </InkomstenverhoudingIntrekking>\n    </TijdvakCorrectie>\n"
    )
    (folder / f"{YEAR}-04-correctie-02.xml").write_text(
        MESSAGE.format(
            id=f"LA{YEAR}04C", made=f"{YEAR}-04-20T09:00:00", employer=BOARD_A, body=body
        ),
        encoding="utf-8",
    )
    with (folder / "register.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["bsn", "begindatum", "einddatum"])
        writer.writerow([team[1][2], "2019-03-01", ""])
        writer.writerow([team[4][2], f"{YEAR}-02-15", ""])


if __name__ == "__main__":
    main()
