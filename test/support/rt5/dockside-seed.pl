# Dockside's own seed for a throw-away Request Tracker 5 test server.
# Loaded with: rt-setup-database-5 --action insert --skip-create --datafile dockside-seed.pl
# The catalog uses the 'dockside-custody' asset lifecycle written by rt5-site-config.ts.
@Queues = (
  { Name => 'ITAD Pickups', Description => 'ITAD vendor pickup sessions', CorrespondAddress => '', CommentAddress => '' },
  { Name => 'Offboarding Returns', Description => 'Devices returned by departing employees', CorrespondAddress => '', CommentAddress => '' },
);

@Catalogs = (
  { Name => 'Dock Receiving', Description => 'Custody of returned hardware at the dock', Lifecycle => 'dockside-custody' },
);

my @asset_cf = (LookupType => 'RT::Catalog-RT::Asset', ApplyTo => 'Dock Receiving');

@CustomFields = (
  { Name => 'Serial Number', Type => 'FreeformSingle', UniqueValues => 1, Description => 'Manufacturer serial', @asset_cf },
  { Name => 'Condition Code', Type => 'FreeformSingle', Description => 'Grade at receipt, e.g. F3/C5 or B', @asset_cf },
  { Name => 'Last Wipe', Type => 'FreeformSingle', Description => 'Most recent sanitization record', @asset_cf },
  { Name => 'Technician', Type => 'FreeformSingle', Description => 'Technician of the last custody event', @asset_cf },
  { Name => 'Make', Type => 'FreeformSingle', @asset_cf },
  { Name => 'Model', Type => 'FreeformSingle', @asset_cf },
  { Name => 'Custodian', Type => 'FreeformSingle', Description => 'Employee the asset is assigned to; empty while in dock custody', @asset_cf },
  { Name => 'Last Note', Type => 'FreeformSingle', Description => 'Most recent note from the dock', @asset_cf },
  { Name => 'Dockside Applied', Type => 'FreeformSingle',
    Description => 'Last applied Dockside event per station (station:seq ...); written by the sync worker', @asset_cf },
  { Name => 'Dockside Key', Type => 'FreeformSingle', UniqueValues => 1, LookupType => 'RT::Queue-RT::Ticket',
    Description => 'Dockside pickup session or offboarding case this ticket stands for',
    ApplyTo => ['ITAD Pickups', 'Offboarding Returns'] },
);
1;
