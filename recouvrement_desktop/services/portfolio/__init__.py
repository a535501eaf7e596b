"""Bringing a bank's portfolio of contracts in arrears into the database (issue 11, part 1):
``reading`` decodes a file into lines, ``domain.portfolio_rows`` checks them,
``importer`` writes them in one transaction, ``error_report`` lists what was refused."""
