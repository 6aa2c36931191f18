/** Everything `dockside help` prints: the exact usage of every command. */
export const HELP_TEXT = `Dockside command-line tool: check and export the custody log offline, without the app.

Usage:
  dockside verify FILE [--pubkey PEMFILE] [--json]
      Checks a Dockside database file (opened read-only), an exported evidence file or a case
      evidence pack;
      which one is told from the file's content, not its name. Walks the hash chain and
      the station signatures and names the first broken or forged event. For a database
      it also checks that every asset's stored state equals the replay of its events.
      --pubkey PEMFILE  trust only this station public key (Ed25519, PEM): any event
                        signed by another key is refused.

  dockside export evidence --db FILE [--asset TAG|SERIAL|ID] [--out FILE] [--json]
      Writes a self-contained evidence file (the station keys and the signed events) for
      the whole custody log, or for one asset named by its asset tag, serial or id.
      Without --out the file is ./dockside-evidence-<asset id|full-log>-<time>.json

  dockside export wipes --db FILE --out FILE.csv [--period FROM..TO] [--json]
      Writes every wipe record (one row per drive wiped, passed and failed) for auditors:
      UTF-8 with a byte-order mark; cells that start with = + - @ are defused. --period
      keeps the wipes finished between two UTC dates (YYYY-MM-DD..YYYY-MM-DD, both included).

  dockside export certificate --db FILE (--asset TAG|SERIAL|ID | --batch FROM..TO) [--out FILE.pdf] [--json]
      Prints a certificate of sanitization (NIST SP 800-88 Rev. 1 Appendix G fields and the
      custody-event hashes behind it) for one device, or for every device sanitized to policy
      in a period, to PDF with headless Chromium (DOCKSIDE_CHROMIUM, default /usr/bin/chromium).

  dockside export receipt SESSION_ID --db FILE [--out FILE.pdf] [--json]
      Prints the chain-of-custody receipt of a signed-off pickup session (named by its id or
      its reference PU-...): every line with serial, tag, container and time, containers and
      seals, discrepancies and their resolutions, overrides, the drawn signatures, and whether
      the session's signed facts verify; headless Chromium as for certificates.

  dockside import nwipe FILE --db FILE [--host TAG|SERIAL] [--dry-run] [--json]
                 [--technician ID] [--standard S] [--classification TEXT] [--destination D]
                 [--media-type T] [--serial S] [--make M] [--property-number P] [--tool-version V]
                 [--notes TEXT] [--utc-offset +HH:MM] [--validator ID] [--key PEMFILE]
      Imports the log nwipe wrote (--logfile): one wipe record per drive, matched to its host
      by the drive serial, or (for a log of one drive) to the device --host names. A serial on
      two devices is never guessed: name the host. What the log does not say is asked
      for and never filled in: the standard (nist-800-88-r1, nist-800-88-r2, ieee-2883,
      dod-5220.22-m), the post-sanitization classification, the destination (internal-reuse,
      external-reuse, recycling, manufacturer, destruction), the drive type when nwipe does not
      tell it (hdd, ssd, nvme, flash, phone-storage). nwipe writes local times without a zone:
      --utc-offset gives the wipe machine's (default: this machine's). The technician's PIN
      comes from DOCKSIDE_PIN, a validator's from DOCKSIDE_VALIDATOR_PIN; the station key is
      read from beside the database unless --key names it. --dry-run opens the database
      read-only, shows what would be recorded and what is still asked for, and records nothing.
      The same log is never recorded twice.

  dockside import disposition FILE --db FILE --vendor NAME [--dry-run] [--json] [--technician ID] [--key PEMFILE]
      Imports an ITAD vendor's disposition report (CSV, read through that vendor's mapping;
      comma, semicolon or tab; 50 MB at most). Each line is matched by serial, then asset tag
      (digits-only values also against records with the leading zeros Excel strips) and shown
      with its outcome, processing date and certificate number, or the reason it goes to the
      review queue: matches nothing or several devices, serial and tag disagree, not picked up
      by this vendor, an outcome that contradicts destruction, an unmapped outcome code, an
      unreadable line. Devices of the covered pickups the report leaves out are queued too.
      Recording (a supervisor: --technician, PIN in DOCKSIDE_PIN) writes all matched lines or
      none; the same report is never recorded twice. --dry-run opens the database read-only.

  dockside import manifest FILE --db FILE --session ID [--technician ID] [--key PEMFILE] [--dry-run] [--json]
      Imports an ITAD vendor's manifest (CSV, read through the vendor's manifest column mapping)
      into an open pickup session named by its id or reference (PU-...): each line matched to a
      device on record by serial, then asset tag (leading zeros Excel stripped are restored);
      serials not on record become expected lines that are not in inventory; lines the session
      already expects are skipped. Lines that cannot be read (Excel scientific notation, a
      duplicate serial, a missing separator, control characters...) are listed with their reason
      and not imported. --dry-run opens the database read-only and only shows the preview. The
      technician's PIN comes from DOCKSIDE_PIN.

  dockside export manifest SESSION_ID --db FILE [--out FILE.csv] [--json]
      Writes a pickup session's manifest in the vendor's own column layout (its headings, order
      and condition codes): every device the vendor receives, UTF-8 with a byte-order mark.

  dockside import cases FILE --db FILE [--dry-run] [--json] [--technician ID] [--key PEMFILE]
      Imports an HRIS export (CSV with a header line, or JSON: a list of employees) and opens an
      offboarding case per confirmed separation: employee_id, employee_name, employee_email
      (optional; without it the employee reminder can only be copied), manager (a name, or
      manager_email: an address the manager reminder is sent to), employee_type (full-time,
      contractor, temporary), location (on-site, remote), shipping_address, separation_date
      (YYYY-MM-DD), separation_confirmed (yes), assets (tags or serials, separated by ;),
      licences (separated by ;). Every line is accepted or refused with its reason (unknown
      employee type, a malformed employee_email, a date not in YYYY-MM-DD, a date far in the past
      or future, an asset not in the inventory or already on an open case, a duplicate employee).
      --dry-run opens the database read-only and records nothing. Otherwise a supervisor
      (--technician, PIN in DOCKSIDE_PIN) opens the accepted cases all together.

  dockside export case-pack CASE --db FILE [--out FILE.json] [--pdf FILE.pdf] [--json]
      Writes the evidence pack of an offboarding case (RET-000123): every asset with its signed
      custody history, the signed case log (opened, checklist, licences reclaimed, closed), the
      account of every return, message, remote request, write-off, wipe and sign-off with its
      time, actor and record hash, and the chain verification. Check it offline with verify.

  dockside demo --data-dir DIR --technician ID --name NAME --pin PIN [--json]
      Sets up a station in DIR the way the app does (DIR/dockside.sqlite and the signing
      key DIR/station-key.pem), creates the first supervisor and loads the demo data set.

  dockside station-key --db FILE [--out PEMFILE] [--json]
      Prints the station public key(s) a database records. Keep a station's key when it is
      enrolled (the app's Settings shows its id); pin it later with verify --pubkey.

  dockside sync status --db FILE [--json]
      Shows what the sync worker last recorded (read-only): per central system, events
      waiting, dead letters with the server's reason, conflicts, a paused connector.

  dockside sync run --db FILE [--json] [--timeout SECONDS]
      Sends what waits to the central systems once, headless, as the app's worker does, and
      says what was delivered and what is left. Tokens come from DOCKSIDE_TOKEN_<ID> (the
      connector ID in capitals, dashes as underscores); a connector paused for a refused token
      is tried again with it. Stops after --timeout (default 120 s).

  dockside decode FILE... [--decoder zxing-wasm|zxing-js] [--json]
      Reads the barcodes in pictures of labels (PNG or JPEG, told from the content): Code 128,
      Code 39, QR, Data Matrix, EAN-13/UPC-A, PDF417, and GS1 element strings (GTIN and serial).
      Prints each code's kind and text, and the time it took. --decoder picks the decoder
      (default zxing-wasm; zxing-js is the fallback the app uses where WebAssembly cannot run).

  dockside help
      Shows this text.

  --json prints one JSON document on standard output instead of text, for scripts.

Exit status:
  0  verified, or done
  1  verification failed: a broken or forged link, an asset state that differs from its
     events, an event not signed by the pinned key, or a file that is not valid evidence;
     for sync: dead letters, conflicts or a paused connector remain (after run: or events
     still waiting); for decode: a picture in which no barcode was found
  2  wrong usage, or a file that cannot be read or written

Examples:
  npx dockside verify ~/.config/dockside/dockside.sqlite
  npx dockside export evidence --db dockside.sqlite --asset IT-001234 --out IT-001234.json
  npx dockside station-key --db dockside.sqlite --out station.pub.pem
  npx dockside verify IT-001234.json --pubkey station.pub.pem --json
  DOCKSIDE_TOKEN_RT=1-14-... npx dockside sync run --db dockside.sqlite --timeout 300
  DOCKSIDE_PIN=4321 npx dockside import nwipe nwipe.txt --db dockside.sqlite --host IT-001234 --technician SUP-1 \\
      --media-type ssd --standard nist-800-88-r1 --classification Unclassified --destination external-reuse
  DOCKSIDE_PIN=4321 npx dockside import disposition greencycle-nov.csv --db dockside.sqlite --vendor GreenCycle --technician SUP-1
  npx dockside export certificate --db dockside.sqlite --batch 2026-11-01..2026-11-30 --out november.pdf
  npx dockside decode label.jpg serial-sticker.png --json
  npx dockside demo --data-dir ./demo-station --technician SUP-1 --name "Sam Supervisor" --pin 4321`;
