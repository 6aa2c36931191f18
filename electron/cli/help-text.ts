/** Everything `dockside help` prints: the exact usage of every command. */
export const HELP_TEXT = `Dockside command-line tool: check and export the custody log offline, without the app.

Usage:
  dockside verify FILE [--pubkey PEMFILE] [--json]
      Checks a Dockside database file (opened read-only) or an exported evidence file;
      which one is told from the file's content, not its name. Walks the hash chain and
      the station signatures and names the first broken or forged event. For a database
      it also checks that every asset's stored state equals the replay of its events.
      --pubkey PEMFILE  trust only this station public key (Ed25519, PEM): any event
                        signed by another key is refused.

  dockside export evidence --db FILE [--asset TAG|SERIAL|ID] [--out FILE] [--json]
      Writes a self-contained evidence file (the station keys and the signed events) for
      the whole custody log, or for one asset named by its asset tag, serial or id.
      Without --out the file is ./dockside-evidence-<asset id|full-log>-<time>.json

  dockside demo --data-dir DIR --technician ID --name NAME --pin PIN [--json]
      Sets up a station in DIR the way the app does (DIR/dockside.sqlite and the signing
      key DIR/station-key.pem), creates the first supervisor and loads the demo data set.

  dockside station-key --db FILE [--out PEMFILE] [--json]
      Prints the station public key(s) a database records. Keep a station's key when it is
      enrolled (the app's Settings shows its id); pin it later with verify --pubkey.

  dockside help
      Shows this text.

  --json prints one JSON document on standard output instead of text, for scripts.

Exit status:
  0  verified, or done
  1  verification failed: a broken or forged link, an asset state that differs from its
     events, an event not signed by the pinned key, or a file that is not valid evidence
  2  wrong usage, or a file that cannot be read or written

Examples:
  npx dockside verify ~/.config/dockside/dockside.sqlite
  npx dockside export evidence --db dockside.sqlite --asset IT-001234 --out IT-001234.json
  npx dockside station-key --db dockside.sqlite --out station.pub.pem
  npx dockside verify IT-001234.json --pubkey station.pub.pem --json
  npx dockside demo --data-dir ./demo-station --technician SUP-1 --name "Sam Supervisor" --pin 4321`;
