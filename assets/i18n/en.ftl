# boothplan — English catalogue.
#
# One message per key; every catalogue (en, ko, vi) has the same keys with the same
# $parameters (a test checks). Numbers given as $count pick the plural form; areas, money
# and dates arrive already written the language's way.

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-draw = Draw
menu-settings = Settings
menu-language = Language
menu-open-recent = Open Recent
menu-no-recent = No recent files
menu-export = Export
menu-arrange = Align and distribute
menu-layers = Layers

tool-select = Select
tool-new-booth = New booth
tool-booth-block = Booth block
tool-measure = Measure
tool-drawing = Drawing: { $tool }

## Status bar

status-booths = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
}
status-allocated = { $allocated } / { $count } exhibitors allocated
status-area-sold = { $area } sold
status-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
status-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## Booth statuses and types

status-available = Available
status-on-hold = On hold
status-reserved = Reserved
status-sold = Sold
booth-type-enclosed = Enclosed
booth-type-inline = Inline
booth-type-corner = Corner
booth-type-through = Through
booth-type-peninsula = Peninsula
booth-type-island = Island

## Sales

sales-title = Sales
sales-by-hall = Hall
sales-by-zone = Zone or pavilion
sales-by-country = Country
sales-by-sector = Sector
sales-by-type = Booth type
sales-measure = Bars show:
sales-measure-area = Floor (m²)
sales-measure-booths = Booths
sales-measure-revenue = Revenue
sales-col-booths = Booths
sales-col-area = Floor
sales-col-revenue = Revenue
sales-col-booths-sold = Booths sold / all
sales-col-area-sold = Floor sold / all
sales-total = Total
sales-booked = Booked
sales-pending = Pending
sales-potential = Potential
sales-average-per-m2 = Average per m²
sales-revenue-line = Revenue booked { $booked }, pending { $pending }, potential { $potential }
sales-waiting = { $count ->
    [one] { $count } company without a booth ({ $area } contracted)
   *[other] { $count } companies without a booth ({ $area } contracted)
}
sales-click-hint = Click a bar or a name to select those booths on the floor.
sales-select-group = Select these booths on the floor
sales-selected = { $count ->
    [one] Selected { $count } booth
   *[other] Selected { $count } booths
}
sales-no-zone = (no zone)
sales-no-company = (no company)
sales-other = Other

## Commands: menu label, and -tip for the tooltip

cmd-new = New
cmd-new-tip = Start a new, empty plan.
cmd-open = Open…
cmd-open-tip = Open a plan file.
cmd-save = Save
cmd-save-tip = Save to the current file.
cmd-save-as = Save As…
cmd-save-as-tip = Save to a new file.
cmd-quit = Quit
cmd-quit-tip = Leave the app.
cmd-undo = Undo
cmd-undo-tip = Undo the last step.
cmd-redo = Redo
cmd-redo-tip = Redo the last undone step.
cmd-delete = Delete
cmd-delete-tip = Delete everything selected: booths, companies, venue objects.
cmd-duplicate = Duplicate
cmd-duplicate-tip = Duplicate the selected booths and venue objects beside themselves.
cmd-select-all = Select All
cmd-select-all-tip = Select every booth.
cmd-rotate = Rotate
cmd-rotate-tip = Swap width and depth of the selected booths and obstacles.
cmd-zoom-to-fit = Zoom to fit
cmd-zoom-to-fit-tip = Zoom so the whole site fits.
cmd-zoom-to-selection = Zoom to selection
cmd-zoom-to-selection-tip = Zoom to what is selected (a company: its booths).
cmd-go-to = Go to…
cmd-go-to-tip = Find a booth, company, hall or zone by typing and jump there.
cmd-toggle-grid = Grid
cmd-toggle-grid-tip = Show or hide the grid.
cmd-toggle-labels = Labels
cmd-toggle-labels-tip = Show or hide booth labels.
cmd-toggle-heat-map = Walking distance heat map
cmd-toggle-heat-map-tip = Show or hide the walking-distance heat map.
cmd-toggle-zones = Zones and pavilions
cmd-toggle-zones-tip = Show or hide zones and pavilions.
cmd-toggle-obstacles = Obstacles
cmd-toggle-obstacles-tip = Show or hide obstacles (pillars, fire equipment, service cores, stages, aisles).
cmd-toggle-legend = Legend
cmd-toggle-legend-tip = Show or hide the legend.
cmd-toggle-drawings = Venue drawings
cmd-toggle-drawings-tip = Show or hide the venue drawings.
cmd-colour-by-status = Colour by status
cmd-colour-by-status-tip = Colour booths by status.
cmd-colour-by-zone = Colour by zone
cmd-colour-by-zone-tip = Colour booths by zone.
cmd-colour-by-sector = Colour by sector
cmd-colour-by-sector-tip = Colour booths by sector.
cmd-toggle-theme = Light / dark
cmd-toggle-theme-tip = Switch between light and dark.
cmd-select-tool = Select tool
cmd-select-tool-tip = Select, move and resize booths and venue objects.
cmd-booth-tool = New booth tool
cmd-booth-tool-tip = Draw new booths on the grid.
cmd-block-tool = Booth block tool
cmd-block-tool-tip = Fill a rectangle with a block of booths.
cmd-measure-tool = Measure tool
cmd-measure-tool-tip = Measure distances and clear widths.
cmd-import-exhibitors = Import exhibitors…
cmd-import-exhibitors-tip = Import exhibitors from a CSV or XLSX list.
cmd-allocate = Allocate…
cmd-allocate-tip = Propose booths for exhibitors without one.
cmd-export-map = Export map…
cmd-export-map-tip = Export a map (SVG, PNG or HTML; the selected booths are highlighted).
cmd-export-list = Export allocation list…
cmd-export-list-tip = Export the allocation list as CSV.
cmd-export-directory = Export exhibitor directory…
cmd-export-directory-tip = Export the exhibitor directory as CSV.
cmd-export-packs = Export exhibitor packs…
cmd-export-packs-tip = Export one PDF pack per allocated booth into a folder.
cmd-show-settings = Show settings…
cmd-show-settings-tip = The show's name, dates, prices, grid and venue rules.
cmd-renumber = Renumber…
cmd-renumber-tip = Number the selected booths by row and place, as booth blocks are numbered.
cmd-compare-with = Compare with…
cmd-compare-with-tip = Show what changed since another version: a file, the last save, or the backup.
cmd-resolve-conflicts = Resolve conflicts…
cmd-resolve-conflicts-tip = Show the conflicts a merge left, to pick ours or theirs for each.
cmd-merge-booths = Merge booths
cmd-merge-booths-tip = Merge the selected free booths, which together form a rectangle, into one.
cmd-split-booth = Split booth…
cmd-split-booth-tip = Split the selected free booth into equal parts.
cmd-arrange-left = Align left edges
cmd-arrange-left-tip = Left edges on the leftmost.
cmd-arrange-centres-across = Align centres left to right
cmd-arrange-centres-across-tip = Centres on one vertical line (the middle of the whole).
cmd-arrange-right = Align right edges
cmd-arrange-right-tip = Right edges on the rightmost.
cmd-arrange-top = Align top edges
cmd-arrange-top-tip = Top (north) edges on the topmost.
cmd-arrange-centres-down = Align centres top to bottom
cmd-arrange-centres-down-tip = Centres on one horizontal line (the middle of the whole).
cmd-arrange-bottom = Align bottom edges
cmd-arrange-bottom-tip = Bottom (south) edges on the lowest.
cmd-arrange-spread-across = Equal gaps left to right
cmd-arrange-spread-across-tip = Equal gaps from left to right, the outermost staying put.
cmd-arrange-spread-down = Equal gaps top to bottom
cmd-arrange-spread-down-tip = Equal gaps from top to bottom, the outermost staying put.
cmd-sales = Sales…
cmd-sales-tip = Show how much is sold: by hall, zone, country, sector and booth type.
cmd-language-en = English
cmd-language-en-tip = Menus, panels, dialogs and findings in English.
cmd-language-ko = 한국어 (Korean)
cmd-language-ko-tip = Menus, panels, dialogs and findings in Korean.
cmd-language-vi = Tiếng Việt (Vietnamese)
cmd-language-vi-tip = Menus, panels, dialogs and findings in Vietnamese.

## Reports

report-sales-heading = Sales: { $show } (revision { $revision })
report-sales-title = Sales: { $show }
report-sales-subtitle = Revision { $revision } · printed { $date }
report-booths = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
}
report-breakdown-heading = { $breakdown }: booths sold / all, floor sold / all, booked
report-average-per-m2 = average { $price } per m²
report-bars-floor = Bars: floor, m²
report-footer = Page { $page } of { $pages } · printed { $date } · { $show } · revision { $revision }

## Exports: maps, packs, lists, change report (keys below this line are new since the first translation)

map-legend-available = booth available
map-legend-on-hold = booth on hold
map-legend-reserved = booth reserved
map-legend-sold = booth sold
map-legend-exit = exit (clear zone in front)
obstacle-pillar = pillar
obstacle-fire-equipment = fire equipment
obstacle-service-core = service core
obstacle-stage = stage / no-build area
obstacle-reserved-aisle = reserved aisle
map-subtitle = { $venue } · { $start } – { $end } · plan revision { $revision }
map-your-booth = { $count ->
    [one] Your booth: { $numbers }
   *[other] Your booths: { $numbers }
}
map-note-pillar = Pillar { $pillar } stands inside this booth.
map-note-nearest-exit = Nearest exit: { $exit } (about { $distance } away).
map-booth-count = { $count ->
    [one] { $count } booth · { $area }
   *[other] { $count } booths · { $area }
}
side-north = north
side-east = east
side-south = south
side-west = west
pack-neighbour-free = available
pack-hall = Hall
pack-size = Size
pack-type = Type
pack-type-open = { $type }, open to the { $sides }
pack-neighbours = Neighbours
pack-none = none
pack-pillars = Pillars
pack-pillars-inside = { $count ->
    [one] 1 pillar stands inside this booth (ringed in red on the map)
   *[other] { $count } pillars stand inside this booth (ringed in red on the map)
}
pack-note = Note
pack-way-out = Way out
pack-way-out-walk = { $exit }, a { $distance } walk (the green line on the map)
pack-show = Show
pack-organiser = Organiser
pack-caption-route = Around your booth, scale 1:{ $scale } · green: the way to { $exit }, { $distance } · key map of the hall in the corner
pack-caption = Around your booth, scale 1:{ $scale } · key map of the whole hall in the corner (red: what this map shows)
col-booth = Booth
col-hall = Hall
col-zone = Zone
col-size = Size (m × m)
col-area = Area (m²)
col-type = Type
col-status = Status
col-company = Company
col-country = Country
col-sector = Sector
col-price = Price
col-width = Width (m)
col-depth = Depth (m)
col-currency = Currency
col-contact = Contact
col-email = E-mail
col-phone = Phone
col-external-id = External id
col-booths = Booths
list-title-allocation = allocation list
list-title-directory = exhibitor directory
list-totals = Totals
list-total = Total
list-total-booths = { $count ->
    [one] { $count } booth, { $taken } with a company
   *[other] { $count } booths, { $taken } with a company
}
list-all-halls = All halls
list-continued = { $group } (continued)
list-footer = { $show } · printed { $date } · plan revision { $revision } · page { $page } of { $pages }
changes-title = Changes to { $show }
changes-subtitle = From revision { $from } to revision { $to }: { $summary }
changes-key-on-maps = On the maps:
changes-key-added = green, added
changes-key-moved = blue, moved or resized (dashed: where it was)
changes-key-removed = red, removed
changes-footer = Page { $page } of { $pages } · printed { $date } · { $show } · revision { $from } → { $to }
changes-html-added = added
changes-html-moved = moved or resized (dashed: where it was)
changes-html-removed = removed
changes-col-what = What
changes-col-change = Change
changes-col-details = Details
changes-nothing = Nothing changed.
changes-html-footer = Printed { $date } by boothplan
sheet-overlaps = overlaps { $sheet }
sheet-and-more = and { $count } more
sheet-site-plan = Site plan
sheet-of = Sheet { $sheet } of { $columns } × { $rows }
sheet-scale = Scale 1:{ $scale } on { $paper } · 1 cm on paper = { $length } on the floor
sheet-key = Key: this sheet, { $sheet }, shaded
sheet-portrait = { $paper } portrait
sheet-landscape = { $paper } landscape
show-settings-export-language = Language of exports
show-settings-export-language-default = Not set: the editor's language here, English from the command line
show-settings-export-language-tip = Maps, lists, exhibitor packs and reports of this show are written in this language; boothplan's --lang overrides it.

## UI batch b

## Problems panel

severity-error = error
severity-warning = warning
severity-info = info
problems-title = Problems
problems-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
problems-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
problems-infos = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}
problems-rule-heading = { $severity }: { $rule } ({ $count })
problems-more = and { $count } more

## Inspector

inspector-title = Inspector
inspector-hint = Select a booth, a company, or anything drawn on the floor.
inspector-selected = { $what } selected
inspector-booth-area = Booth area { $area }
inspector-keep-only = Keep only:
inspector-keep-booths = Booths
inspector-keep-companies = Companies
inspector-keep-venue = Venue objects
inspector-booth-heading = Booth { $number }
inspector-number = Number
inspector-status = Status
inspector-price-override = Price override
inspector-not-a-price = "{ $text }" is not a price
inspector-exhibitor = Exhibitor
inspector-none = none
inspector-select-company = Select the company
inspector-unassign = Unassign
inspector-size = Size
inspector-area = Area
inspector-type = Type
inspector-open-sides = Open sides
inspector-zone = Zone
inspector-price = Price
inspector-name = Name
inspector-country = Country
inspector-sector = Sector
inspector-email = E-mail
inspector-contact = Contact
inspector-notes = Notes
inspector-contracted-area = Contracted m²
inspector-not-an-area = "{ $text }" is not an area in m²
inspector-priority = Priority
inspector-not-a-whole-number = "{ $text }" is not a whole number
inspector-competitors = Competitors
inspector-remove = Remove
inspector-add-competitor = Add competitor
inspector-choose = choose…
inspector-booths = Booths:
inspector-no-booths-yet = none yet: drag the company onto a booth
inspector-remove-company = Remove company
inspector-remove-company-tip = Frees its booths; undo brings it back
inspector-company-removed = { $name } removed — Ctrl+Z brings it back

## Venue inspector

venue-x = X (m)
venue-y = Y (m)
venue-width = Width (m)
venue-depth = Depth (m)
venue-size-not-positive = A size must be more than 0, not "{ $text }"
venue-not-a-length = "{ $text }" is not a length in metres
venue-label = Label
venue-kind = Kind
venue-exit-heading = Exit { $label }
venue-wall = Wall
venue-along-wall = Along the wall (m)
venue-not-a-door-width = "{ $text }" is not a door width
venue-zone-heading = Zone { $name }
venue-name = Name
venue-price-per-m2 = Price per m²
venue-not-a-price = "{ $text }" is not a price
venue-colour = Colour
venue-areas = Areas
venue-areas-count = { $count } (drag a corner to resize one)
venue-code = Code
venue-hall-has-wings = { $count ->
    [one] { $hall } has { $count } wing: drag a wing's corner to resize it
   *[other] { $hall } has { $count } wings: drag a wing's corner to resize it
}
venue-hint-exit = Drag along the wall to move; Delete removes it (Ctrl+Z brings it back).
venue-hint-hall = Arrow keys move it; its corners resize a wing; Delete removes it (Ctrl+Z brings it back).
venue-hint-move = Drag to move; Delete removes it (Ctrl+Z brings it back).
venue-zone-theme = Theme
venue-zone-pavilion = Pavilion
venue-obstacle-pillar = Pillar
venue-obstacle-fire-equipment = Fire equipment
venue-obstacle-service-core = Service core
venue-obstacle-stage = Stage / no-build area
venue-obstacle-reserved-aisle = Reserved aisle
venue-side-north = north
venue-side-east = east
venue-side-south = south
venue-side-west = west

## Exhibitors panel

exhibitors-title = Exhibitors
exhibitors-search = Search
exhibitors-search-hint = company, booth or country
exhibitors-unallocated = Unallocated
exhibitors-any-zone = Any zone
exhibitors-zone = Zone
exhibitors-sector = Sector
exhibitors-any-sector = Any sector
exhibitors-country = Country
exhibitors-any-country = Any country
exhibitors-shown = { $count } shown · drag a company onto a booth to allocate it
exhibitors-no-booth = no booth

## UI batch c

## UI batch c: layout_tools, show_settings, drawings, goto, renumber, reshape (en)

layout-tools-filter-list = exhibitor list
layout-tools-packs-folder = Folder for the exhibitor packs
layout-tools-filter-export = export
layout-tools-exported = Exported { $path }
layout-tools-exported-note = Exported { $path } ({ $note })
layout-tools-export-failed = Could not export
layout-tools-read-failed = Could not read the list
layout-tools-import-heading = Import exhibitors
layout-tools-import-summary = { $path }: { $count ->
    [one] { $count } good row
   *[other] { $count } good rows
}, { $problems } with problems
layout-tools-unused-columns = Columns not used: { $columns }
layout-tools-col-line = Line
layout-tools-col-company = Company
layout-tools-col-country = Country
layout-tools-col-area = Area m²
layout-tools-col-problem = Problem
layout-tools-more-rows = { $count ->
    [one] and { $count } more row
   *[other] and { $count } more rows
}
layout-tools-import-rows = { $count ->
    [one] Import { $count } row
   *[other] Import { $count } rows
}
layout-tools-imported = { $count ->
    [one] { $count } exhibitor
   *[other] { $count } exhibitors
} added, { $updated } updated
layout-tools-cancel = Cancel
layout-tools-allocate-heading = Allocate exhibitors
layout-tools-allocate-keep = Companies already in a booth keep it: only those without one are placed.
layout-tools-allocate-merge = Merge neighbouring free booths for companies no single booth fits
layout-tools-merge-for = Merge { $booths } for { $company }
layout-tools-apply-assignments = { $count ->
    [one] Apply { $count } assignment
   *[other] Apply { $count } assignments
}
layout-tools-allocated = { $count ->
    [one] { $count } exhibitor allocated
   *[other] { $count } exhibitors allocated
}
layout-tools-generate-heading = Generate a booth block
layout-tools-booth-width = Booth width m
layout-tools-booth-depth = depth m
layout-tools-longest-row = longest row m
layout-tools-block-summary = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
} (shown on the plan); { $pruned } left out to keep the plan free of errors
layout-tools-add-booths = { $count ->
    [one] Add { $count } booth
   *[other] Add { $count } booths
}
show-settings-rule-min-aisle = Minimum aisle
show-settings-rule-exit-clearance = Exit clearance
show-settings-rule-fire-clearance = Fire equipment clearance
show-settings-rule-max-travel = Longest walk to an exit
show-settings-rule-max-dead-end = Longest dead end
show-settings-rule-max-row = Longest row
show-settings-rule-max-depth = Deepest booth
show-settings-rule-min-area = Smallest booth
show-settings-rule-min-side = Shortest booth side
show-settings-rule-area-tolerance = Area tolerance
show-settings-rule-competitor-gap = Competitors facing across
show-settings-rule-clear-width = Accessible clear width
show-settings-rule-walk-grid = Walking grid
show-settings-heading = Show settings
show-settings-rules-heading = Venue rules (defaults from the fire authority's and the venue's numbers)
show-settings-not-number-zero-ok = { $rule }: "{ $text }" is not a number 0 or more
show-settings-not-number-positive = { $rule }: "{ $text }" is not a number above 0
show-settings-rule-default = default { $value }
show-settings-restore-rules = Restore default rules
show-settings-close = Close
show-settings-show-name = Show name
show-settings-venue = Venue
show-settings-first-day = First day
show-settings-last-day = Last day
show-settings-contact = Organiser contact
show-settings-currency = Currency
show-settings-grid-pitch = Grid pitch
show-settings-price-per-m2 = Price per m² ({ $currency })
show-settings-not-price = "{ $text }" is not a price
show-settings-open-side-premium = Premium per open side beyond the first (%)
show-settings-not-percentage = "{ $text }" is not a percentage
drawings-filter = venue drawing
drawings-relinked = The drawing now reads { $path }
drawings-reading-status = Reading the drawing…
drawings-busy = A drawing is being read already: wait for it
drawings-calibrate-heading = Calibrate the drawing
drawings-calibrate-question = How far apart are the two points you clicked, really?
drawings-distance = Distance (m)
drawings-distance-hint = Type the distance in metres, for example 12.5
drawings-gone = The drawing is gone
drawings-pixel-size = One pixel of the drawing is { $size } on the floor.
drawings-calibrate-button = Calibrate
drawings-calibrated = Drawing calibrated
drawings-cancel = Cancel
drawings-heading = Venue drawing
drawings-add = Add venue drawing…
drawings-reading = Reading…
drawings-find-file = Find the file…
drawings-find-file-tip = Moved or renamed? Point to it: the calibration is kept
drawings-size = { $width } × { $height } px; one pixel is { $pixel }
drawings-changed = The file has changed since the drawing was placed.
drawings-keep-changed = Keep the changed file
drawings-page = Page
drawings-opacity = Opacity %
drawings-locked = Locked
drawings-hidden = Hidden
drawings-calibrate = Calibrate…
drawings-calibrate-tip = Click two points of the drawing, then type the distance between them; drag the drawing to align it
drawings-calibrate-status = Calibrate: click two points of the drawing whose distance you know
drawings-remove = Remove drawing
goto-available = available
goto-booth = { $booth } — { $company }
goto-company-no-booth = { $company } (no booth yet)
goto-company = { $company } — { $booths }
goto-hall = Hall: { $hall }
goto-zone = Zone: { $zone }
goto-heading = Go to
goto-field = Booth number, company, hall or zone
goto-hint = A-101, 한빛, vien thong, Hall 2…
goto-nothing = Nothing is called “{ $text }”.
goto-went = Went to { $place }
goto-cancel = Cancel
renumber-heading = { $count ->
    [one] Renumber { $count } booth
   *[other] Renumber { $count } booths
}
renumber-explain = Hall code, row, place in the row: rows from the top, places from the left.
renumber-first-row = First row
renumber-bad-row = The first row is a whole number from 1 to 9999.
renumber-cancel = Cancel
renumber-more = and { $count } more
renumber-taken-by = { $number } is already another booth's number (booth { $booth })
renumber-taken = { $number } is already another booth's number
renumber-apply = Apply
renumber-apply-disabled = Choose a first row whose numbers no other booth has
renumber-done = { $count ->
    [one] Renumbered { $count } booth
   *[other] Renumbered { $count } booths
} — Ctrl+Z puts the numbers back
reshape-merged = { $count ->
    [one] Merged { $count } booth
   *[other] Merged { $count } booths
} into { $booth }
reshape-merge-failed = Cannot merge these booths
reshape-split-heading = Split booth { $booth }
reshape-parts = Parts
reshape-side-by-side = Side by side (cut across the width)
reshape-one-behind = One behind another (cut across the depth)
reshape-split-equal = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
} of { $size }, numbered { $number }A, { $number }B, …
reshape-split-sizes = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
}: { $sizes }
reshape-split = Split
reshape-split-done = { $count ->
    [one] Split into { $count } booth
   *[other] Split into { $count } booths
}
reshape-split-failed = Cannot split this booth
reshape-cancel = Cancel

## UI batch d

## Canvas: tools and what stands on the floor

canvas-tool-calibrate = Calibrate drawing
canvas-tool-hall = Hall
canvas-tool-exit = Exit
canvas-tool-zone = Zone
canvas-tool-pavilion = Pavilion
canvas-obstacle-pillar = Pillar
canvas-obstacle-fire-equipment = Fire equipment
canvas-obstacle-service-core = Service core
canvas-obstacle-stage = Stage / no-build area
canvas-obstacle-reserved-aisle = Reserved aisle
canvas-thing-pillar = pillar
canvas-thing-fire-equipment = fire equipment
canvas-thing-service-core = service core
canvas-thing-stage = stage / no-build area
canvas-thing-reserved-aisle = reserved aisle
canvas-thing-booth = booth
canvas-thing-wall = wall
canvas-side-north = north
canvas-side-east = east
canvas-side-south = south
canvas-side-west = west
canvas-side-north-title = North
canvas-side-east-title = East
canvas-side-south-title = South
canvas-side-west-title = West
canvas-count-pillars = { $count ->
    [one] { $count } pillar
   *[other] { $count } pillars
}
canvas-count-fire-equipment = { $count ->
    [one] { $count } fire equipment
   *[other] { $count } fire equipment
}
canvas-count-service-cores = { $count ->
    [one] { $count } service core
   *[other] { $count } service cores
}
canvas-count-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
canvas-count-reserved-aisles = { $count ->
    [one] { $count } reserved aisle
   *[other] { $count } reserved aisles
}
canvas-count-obstacles = { $count ->
    [one] { $count } obstacle
   *[other] { $count } obstacles
}
canvas-count-exits = { $count ->
    [one] { $count } exit
   *[other] { $count } exits
}
canvas-count-pavilions = { $count ->
    [one] { $count } pavilion
   *[other] { $count } pavilions
}
canvas-count-zones = { $count ->
    [one] { $count } zone
   *[other] { $count } zones
}
canvas-count-halls = { $count ->
    [one] { $count } hall
   *[other] { $count } halls
}
canvas-copy-name = { $name } (copy)

## Canvas: booth card and allocation

canvas-allocated = { $company } allocated to { $booth }
canvas-open-none = none
canvas-tip-type-open = { $type } · open: { $sides }
canvas-tip-status = Status: { $status }
canvas-tip-price = Price: { $price }
canvas-tip-no-exhibitor = No exhibitor

## Canvas: legend

canvas-legend = Legend
canvas-legend-by-status = Booths by status
canvas-legend-by-zone = Booths by zone
canvas-legend-by-sector = Booths by sector
canvas-legend-no-zone = In no zone
canvas-legend-no-company = No company
canvas-legend-more-zones = and { $count } more zones
canvas-legend-more-sectors = and { $count } more sectors
canvas-legend-has-error = Has an error
canvas-legend-has-warning = Has a warning
canvas-legend-selected = Selected
canvas-legend-on-floor = On the floor
canvas-legend-exit = Exit and its clear zone
canvas-legend-hidden = Hidden: { $layers }
canvas-layer-zones = zones
canvas-layer-obstacles = obstacles
canvas-layer-drawings = drawings
canvas-layer-labels = labels
canvas-layer-grid = grid

## Canvas: measure tool

canvas-measure-distance = { $length } (across { $across }, down { $down })
canvas-measure-touch = { $from } and { $to } touch
canvas-measure-clear-width = Clear width { $from }–{ $to }: { $gap }
canvas-measure-no-passage = No clear passage { $from }–{ $to } ({ $gap } apart): { $between } between
canvas-measure-diagonal = Clear { $from }–{ $to }: { $distance } (corner to corner)
canvas-list-two = { $first } and { $second }
canvas-list-more = { $first }, { $second } and { $count } more
canvas-around-side = { $side }: { $gap } to { $what }
canvas-around-wall = Nearest wall: { $gap } ({ $side })

## Canvas: venue drawings

canvas-calibrate-click-drawing = Click on a venue drawing (shown and unlocked) to calibrate it
canvas-calibrate-first-point = First point taken: click the second point whose distance you know
canvas-drawing-not-added = The drawing was not added
canvas-drawing-add-failed = Could not add the drawing
canvas-drawing-hall-gone = The drawing's hall is gone: the drawing was not added
canvas-drawing-added = Drawing added under { $hall }, fitted to its width: Draw → Calibrate drawing sets its scale
canvas-drawing-reading = Reading the drawing… { $percent } %
canvas-drawing-reading-hall = Reading the drawing of { $hall }… { $percent } %
canvas-drawing-not-shown = Drawing of { $hall } not shown: { $reason }
canvas-drawing-changed = The drawing of { $hall } ({ $file }) has changed since it was placed: check its calibration
canvas-drawing-start-failed = could not start reading it: { $error }
canvas-drawing-stopped = reading it stopped unexpectedly
canvas-drawing-path-stopped = reading { $path } stopped unexpectedly

## Canvas: walking-distance heat map

canvas-heat-exit = exit
canvas-heat-limit = limit { $limit }
canvas-heat-title = Walk to the nearest exit

## UI batch a

## Files: open, save, the unsaved-changes prompt, the path field, restore

files-plan-filter = boothplan plan
files-opened = Opened { $path }
files-could-not-open = Could not open the plan
files-saved = Saved { $path } (revision { $revision })
files-could-not-save = Could not save
files-unsaved-changes = Unsaved changes
files-save-changes-first = Save the changes to { $name } first?
files-save = Save
files-discard = Discard
files-cancel = Cancel
files-plan-unchanged = Your plan is unchanged.
files-ok = OK
files-path-open = Open a plan
files-path-save-as = Save the plan as
files-path-import = Import exhibitors from
files-path-export = Export to
files-path-drawing = Venue drawing
files-path-relink = Where the drawing's file is now
files-path-compare = Compare with the plan
files-no-file-dialog = No file dialog is available here; type the file's path.
files-path = Path
files-hint-import = /path/to/exhibitors.csv or .xlsx
files-hint-map = /path/to/map.pdf, .png, .svg or .html
files-hint-packs = /path/to/a folder for the packs
files-hint-drawing = /path/to/hall-plan.pdf, .png or .jpg
files-open = Open
files-read = Read
files-export = Export
files-add = Add
files-use-this-file = Use this file
files-compare = Compare
files-restore-unsaved-work = Restore unsaved work?
files-closed-with-changes-to = boothplan closed with unsaved changes to { $path }.
files-closed-with-changes-to-new = boothplan closed with unsaved changes to a new plan.
files-restore = Restore

## Team: changed on disk, compare with, resolve conflicts

team-changed-on-disk = The file changed on disk
team-changed-by-others = { $name } was changed by another program or person since you opened or last saved it.
team-nothing-saved = Nothing was saved: saving would have overwritten their changes.
team-merge-or-reload = Merge takes their changes into yours (where both changed the same thing, yours is kept and theirs listed to resolve); Reload drops your unsaved changes.
team-no-unsaved-changes = You have no unsaved changes: Reload shows the file as it is now.
team-merge = Merge
team-merge-tip = Their changes and yours together, as one undo step
team-compare = Compare
team-compare-tip = What was changed on disk since you opened or last saved the file
team-made-on-disk = made on disk since you opened or saved it
team-could-not-read-file = Could not read the file
team-reload = Reload
team-reload-tip = The file as it is now; unsaved changes are dropped
team-reloaded = Reloaded the file from disk
team-could-not-reload = Could not reload
team-save-as = Save as…
team-save-as-tip = Keep both: your plan goes to another file
team-not-now = Not now
team-merged = Merged the changes on disk; save to keep the result
team-merged-with-conflicts = Merged the changes on disk with { $count } conflict(s) to resolve
team-could-not-merge = Could not merge
team-compare-with = Compare with
team-compare-with-intro = Show what changed from another version to the plan as it is now.
team-a-file = A file…
team-last-saved = The last saved version
team-last-saved-tip = The plan as it was last opened or saved
team-the-last-saved-version = the last saved version
team-no-file-yet = The plan has no file yet
team-backup-tip = { $path } (the version before the last save)
team-backup = The backup (.bak)
team-cancel = Cancel
team-could-not-read-plan = Could not read the plan to compare with
team-since = since { $with }
team-showing-changes = Showing the changes { $with }
team-changes = Changes
team-dashed-outlines = Dashed outlines on the floor show where booths were.
team-resolve-conflicts = Resolve conflicts ({ $count })
team-conflicts-intro = A merge kept ours for each of these and recorded theirs. Pick a side for each (one undo step each); the list is saved with the plan until then.
team-dismiss = Dismiss
team-keep-ours = Keep ours
team-take-theirs = Take theirs
team-took-theirs = Took theirs — { $count } conflict(s) left
team-kept-ours = Kept ours — { $count } conflict(s) left
team-could-not-resolve = Could not resolve the conflict

## Recovery copies

recovery-written = Recovery copy written
recovery-autosave-failed = Autosave failed: { $error }
recovery-restored = Restored unsaved work
recovery-could-not-restore = Could not restore

## Background exports

jobs-already-running = An export is already running
jobs-writing-packs = Writing exhibitor packs to { $folder }
jobs-could-not-start = Could not start writing the packs: { $error }
jobs-export-title = Export
jobs-progress = { $done } of { $total }
jobs-packs-written = { $count } packs written
jobs-could-not-export = Could not export the packs
jobs-stopped-unexpectedly = the export stopped unexpectedly

## Clipboard

clipboard-copied = Copied { $what } — Ctrl+V pastes at the pointer
clipboard-nothing-to-copy = Select booths or obstacles to copy
clipboard-pasted = Pasted { $what } — new numbers, no company; Ctrl+Z takes it away
clipboard-nothing-pasted = Nothing pasted: { $error }
clipboard-cut = Cut { $what } — Ctrl+V pastes it at the pointer

## Commands' status-bar messages

actions-arranged = { $how }: { $what }
actions-already-arranged = Already arranged: nothing moved
actions-duplicated = Duplicated { $what } — Ctrl+Z takes the copies away
actions-deleted-booth = booth { $booth } ({ $area })
actions-deleted-booths = { $count ->
    [one] { $count } booth ({ $area })
   *[other] { $count } booths ({ $area })
}
actions-deleted-company = company { $name }
actions-deleted-pillar = pillar { $name }
actions-deleted-fire-equipment = fire equipment { $name }
actions-deleted-service-core = service core { $name }
actions-deleted-stage = stage / no-build area { $name }
actions-deleted-reserved-aisle = reserved aisle { $name }
actions-deleted-zone = zone { $name }
actions-deleted-hall = { $hall } ({ $count } booths still name it)
actions-deleted = Deleted { $what } — Ctrl+Z brings it back
actions-undone = Undone
actions-redone = Redone

## What is selected, counted by kind

selection-booths = { $count ->
    [one] { $count } booth
   *[other] { $count } booths
}
selection-companies = { $count ->
    [one] { $count } company
   *[other] { $count } companies
}

## Offline HTML map

## Offline HTML map (html-…). `%name` in a message is filled in by the page's script, not by
## Fluent: keep each `%name` as it is (it may move within the sentence).

html-page-title = { $show } — floor plan
html-panel-more = Show more
html-search-placeholder = Company, booth, country or sector
html-search-label = Search companies, booths, countries and sectors
html-list-az = All exhibitors A–Z
html-list-sector = By sector
html-legend = Legend
html-map-label = Floor plan
html-hall = Hall
html-zoom-in = Zoom in
html-zoom-out = Zoom out
html-fit-label = Show everything
html-fit = Fit
html-revision = plan revision { $revision }
html-found-one = %n booth found.
html-found-many = %n booths found.
html-shown-some = %shown of %total shown: type more to narrow the search.
html-nothing = Nothing matches “%query”: try a company, a booth number, a country, a sector or a zone.
html-no-booth = No booth “%number” on this map.
html-no-sector = No sector
html-show-more = Show more (%n left)
html-exhibitors-one = %n exhibitor
html-exhibitors-many = %n exhibitors
html-booths-one = %n booth
html-booths-many = %n booths
html-listed-az = %exhibitors in %booths, A–Z.
html-listed-sector = %exhibitors in %booths, by sector.
html-no-exhibitor = No exhibitor yet
html-no-name = (no name)
html-card-zone = Zone
html-card-sector = Sector
html-card-country = Country
html-card-size = Size
html-card-type = Type
html-card-exit = Nearest exit
html-exit-about = %exit (about %m m)
html-all-halls = All halls
html-site = Site

## Validation findings

## data.rs
finding-booth-without-number = Booth { $booth } has no number.
finding-duplicate-booth-number = { $count } booths are numbered { $number }.
finding-booth-unknown-exhibitor = Booth { $booth } is allocated to exhibitor { $exhibitor }, which does not exist.
finding-unknown-competitor = { $company } lists competitor { $competitor }, which does not exist.
finding-unknown-preferred-zone = { $company } prefers zone { $zone }, which does not exist.
finding-exit-in-missing-hall = Exit { $exit } is in hall { $hall }, which does not exist.
finding-zone-in-missing-hall = Zone { $zone } is in hall { $hall }, which does not exist.
finding-pillar-in-missing-hall = pillar { $obstacle } is in hall { $hall }, which does not exist.
finding-fire-equipment-in-missing-hall = fire equipment { $obstacle } is in hall { $hall }, which does not exist.
finding-service-core-in-missing-hall = service core { $obstacle } is in hall { $hall }, which does not exist.
finding-stage-in-missing-hall = stage / no-build area { $obstacle } is in hall { $hall }, which does not exist.
finding-reserved-aisle-in-missing-hall = reserved aisle { $obstacle } is in hall { $hall }, which does not exist.
finding-booth-too-small = Booth { $booth } is { $width } × { $depth } ({ $area }); the minimum is { $min_area } with sides of at least { $min_side }.
finding-booth-off-grid = Booth { $booth } is off the { $pitch } grid ({ $off }).
finding-allocated-booth-available = Booth { $booth } is allocated but marked available.
finding-allocated-booth-on-hold = Booth { $booth } is allocated but marked on hold.
finding-empty-booth-reserved = Booth { $booth } has no exhibitor but is marked reserved.
finding-empty-booth-sold = Booth { $booth } has no exhibitor but is marked sold.
finding-exhibitor-without-booth = { $company } ({ $area }) has no booth yet.
finding-exhibitor-multiple-booths = { $company } holds { $count } booths: { $booths }.
finding-area-mismatch = { $company } asked for { $contract } and holds { $area } ({ $change } %).
finding-zone-mismatch = { $company } asked for { $zone } but stands outside it.

## geometry.rs
finding-booth-in-missing-hall = Booth { $booth } is in hall { $hall }, which does not exist.
finding-booth-outside-hall = Booth { $booth } reaches outside { $hall }.
finding-booth-no-aisle-access = Booth { $booth } has no side facing an aisle: visitors cannot reach it.
finding-aisle-too-narrow-wall = The aisle between booth { $booth } and the wall of { $hall } is { $gap } wide; the minimum is { $min }.
finding-booth-overlap = Booth { $booth } overlaps { $other } by { $area }.
finding-aisle-too-narrow-booths = The aisle between booths { $booth } and { $other } is { $gap } wide; the minimum is { $min }.
finding-competitors-side-by-side = Competitors { $company } ({ $booth }) and { $other_company } ({ $other }) stand side by side.
finding-competitors-facing = Competitors { $company } ({ $booth }) and { $other_company } ({ $other }) face each other across a { $gap } aisle.
finding-pillar-in-booth = Pillar { $obstacle } stands inside booth { $booth } ({ $area }): tell the exhibitor.
finding-booth-covers-fire-equipment = Booth { $booth } covers fire equipment { $obstacle } ({ $area }).
finding-booth-covers-service-core = Booth { $booth } covers service core { $obstacle } ({ $area }).
finding-booth-covers-stage = Booth { $booth } covers stage / no-build area { $obstacle } ({ $area }).
finding-booth-covers-reserved-aisle = Booth { $booth } covers reserved aisle { $obstacle } ({ $area }).
finding-aisle-too-narrow-pillar = The aisle between booth { $booth } and pillar { $obstacle } is { $gap } wide; the minimum is { $min }.
finding-aisle-too-narrow-fire-equipment = The aisle between booth { $booth } and fire equipment { $obstacle } is { $gap } wide; the minimum is { $min }.
finding-aisle-too-narrow-service-core = The aisle between booth { $booth } and service core { $obstacle } is { $gap } wide; the minimum is { $min }.
finding-aisle-too-narrow-stage = The aisle between booth { $booth } and stage / no-build area { $obstacle } is { $gap } wide; the minimum is { $min }.
finding-aisle-too-narrow-reserved-aisle = The aisle between booth { $booth } and reserved aisle { $obstacle } is { $gap } wide; the minimum is { $min }.
finding-booth-in-exit-clearance = Booth { $booth } stands in the clearance zone of { $exit } ({ $area } of it).
finding-pillar-in-exit-clearance = Pillar { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it).
finding-pillar-in-exit-approach = Pillar { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it): the exit is not counted as a way out.
finding-fire-equipment-in-exit-clearance = Fire equipment { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it).
finding-fire-equipment-in-exit-approach = Fire equipment { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it): the exit is not counted as a way out.
finding-service-core-in-exit-clearance = Service core { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it).
finding-service-core-in-exit-approach = Service core { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it): the exit is not counted as a way out.
finding-stage-in-exit-clearance = Stage / no-build area { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it).
finding-stage-in-exit-approach = Stage / no-build area { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it): the exit is not counted as a way out.
finding-reserved-aisle-in-exit-clearance = Reserved aisle { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it).
finding-reserved-aisle-in-exit-approach = Reserved aisle { $obstacle } stands in the clearance zone of { $exit } ({ $area } of it): the exit is not counted as a way out.
finding-booth-near-fire-equipment = Booth { $booth } is closer than { $clearance } to fire equipment { $obstacle }.

## reach.rs
finding-exit-unreachable = Booth { $booth } cannot reach an exit: no path at least { $min } wide leads to an exit.
finding-exit-unreachable-no-exit = Booth { $booth } cannot reach an exit: { $hall } has no exit.
finding-travel-distance = Booth { $booth } is a { $walk } walk from the nearest exit; the limit is { $limit }.
finding-dead-end-aisle = A dead-end aisle in { $hall } is { $length } long from where visitors can choose two ways out to its closed end (x { $x }, y { $y }); the limit is { $limit }.
finding-dead-end-aisle-booths = A dead-end aisle in { $hall } is { $length } long from where visitors can choose two ways out to its closed end (x { $x }, y { $y }); the limit is { $limit }; booths on it: { $booths }.
finding-dead-end-aisle-many-booths = A dead-end aisle in { $hall } is { $length } long from where visitors can choose two ways out to its closed end (x { $x }, y { $y }); the limit is { $limit }; booths on it: { $booths } and { $count } more.

## rows.rs
finding-booth-too-deep = A point inside booth { $booth } is { $depth } from the nearest stretch of its sides open to an aisle; the limit is { $limit }.
finding-row-too-long = The row of { $count } booths ({ $ends }) runs { $length } without a cross aisle; the limit is { $limit }.

## sanity.rs
finding-rule-aisle-wider-than-hall = Venue rules cannot be right: the minimum aisle ({ $min }) is wider than { $hall } ({ $width } × { $depth }).
finding-exit-size-not-positive = { $exit } cannot be right: its width is { $width } and its clearance { $clearance }; both must be more than 0.
finding-exit-size-not-positive-venue-clearance = { $exit } cannot be right: its width is { $width } and its clearance the venue's; both must be more than 0.
finding-rule-min-aisle-not-positive = Venue rules cannot be right: the minimum aisle (min_aisle_mm) is { $value }; it must be more than 0.
finding-rule-exit-clearance-not-positive = Venue rules cannot be right: the exit clearance (exit_clearance_mm) is { $value }; it must be more than 0.
finding-rule-fire-equipment-clearance-not-positive = Venue rules cannot be right: the fire equipment clearance (fire_equipment_clearance_mm) is { $value }; it must be more than 0.
finding-rule-max-travel-not-positive = Venue rules cannot be right: the travel distance limit (max_travel_mm) is { $value }; it must be more than 0.
finding-rule-min-booth-side-not-positive = Venue rules cannot be right: the minimum booth side (min_booth_side_mm) is { $value }; it must be more than 0.
finding-rule-min-clear-width-not-positive = Venue rules cannot be right: the accessible clear width (min_clear_width_mm) is { $value }; it must be more than 0.
finding-rule-walk-grid-not-positive = Venue rules cannot be right: the walking grid (walk_grid_mm) is { $value }; it must be more than 0.
finding-rule-max-row-length-not-positive = Venue rules cannot be right: the longest row (max_row_length_mm) is { $value }; it must be more than 0.
finding-rule-max-booth-depth-not-positive = Venue rules cannot be right: the deepest booth (max_booth_depth_mm) is { $value }; it must be more than 0.
finding-rule-max-dead-end-not-positive = Venue rules cannot be right: the longest dead end (max_dead_end_mm) is { $value }; it must be more than 0.
finding-rule-grid-pitch-not-positive = Venue rules cannot be right: the grid pitch (grid_pitch_mm) is { $value }; it must be more than 0.
finding-rule-min-booth-area-negative = Venue rules cannot be right: the minimum booth area (min_booth_area_mm2) is { $value }; it cannot be negative.
finding-rule-area-tolerance-negative = Venue rules cannot be right: the area tolerance (area_tolerance_permille) is { $value }; it cannot be negative.
finding-rule-competitor-facing-gap-negative = Venue rules cannot be right: the competitor facing gap (competitor_facing_gap_mm) is { $value }; it cannot be negative.
finding-rule-min-aisle-too-large = Venue rules cannot be right: the minimum aisle is { $value }, beyond any venue.
finding-rule-exit-clearance-too-large = Venue rules cannot be right: the exit clearance is { $value }, beyond any venue.
finding-rule-max-travel-too-large = Venue rules cannot be right: the travel distance limit is { $value }, beyond any venue.
finding-rule-walk-grid-too-large = Venue rules cannot be right: the walking grid is { $value }, beyond any venue.
finding-booth-out-of-range = Booth { $booth } is too far from the site's origin or too large to measure (more than { $limit }); it is left out of the other checks.
finding-hall-out-of-range = { $hall } is too far from the site's origin or too large to measure (more than { $limit }); its floor is not checked.
finding-pillar-without-area = Pillar { $obstacle } has no area.
finding-fire-equipment-without-area = Fire equipment { $obstacle } has no area.
finding-service-core-without-area = Service core { $obstacle } has no area.
finding-stage-without-area = Stage / no-build area { $obstacle } has no area.
finding-reserved-aisle-without-area = Reserved aisle { $obstacle } has no area.
finding-pillar-out-of-range = Pillar { $obstacle } lies beyond { $limit } from the site's origin or is larger than that.
finding-fire-equipment-out-of-range = Fire equipment { $obstacle } lies beyond { $limit } from the site's origin or is larger than that.
finding-service-core-out-of-range = Service core { $obstacle } lies beyond { $limit } from the site's origin or is larger than that.
finding-stage-out-of-range = Stage / no-build area { $obstacle } lies beyond { $limit } from the site's origin or is larger than that.
finding-reserved-aisle-out-of-range = Reserved aisle { $obstacle } lies beyond { $limit } from the site's origin or is larger than that.
finding-pillar-outside-hall = Pillar { $obstacle } reaches outside { $hall }.
finding-fire-equipment-outside-hall = Fire equipment { $obstacle } reaches outside { $hall }.
finding-service-core-outside-hall = Service core { $obstacle } reaches outside { $hall }.
finding-stage-outside-hall = Stage / no-build area { $obstacle } reaches outside { $hall }.
finding-reserved-aisle-outside-hall = Reserved aisle { $obstacle } reaches outside { $hall }.
finding-exit-off-north-wall = { $exit } is not on the north wall of { $hall }: its door must open from the hall's floor to the outside.
finding-exit-off-east-wall = { $exit } is not on the east wall of { $hall }: its door must open from the hall's floor to the outside.
finding-exit-off-south-wall = { $exit } is not on the south wall of { $hall }: its door must open from the hall's floor to the outside.
finding-exit-off-west-wall = { $exit } is not on the west wall of { $hall }: its door must open from the hall's floor to the outside.

## Validation rules: title, and -summary for the tooltip

rule-booth-outside-hall = Booth outside hall
rule-booth-overlap = Booth overlap
rule-booth-on-obstacle = Booth on obstacle
rule-booth-contains-pillar = Pillar inside a booth
rule-exit-blocked = Exit blocked
rule-fire-equipment-blocked = Fire equipment blocked
rule-aisle-too-narrow = Aisle too narrow
rule-booth-no-aisle-access = Booth without aisle access
rule-exit-unreachable = Exit unreachable
rule-travel-distance = Travel distance too long
rule-duplicate-booth-number = Duplicate booth number
rule-missing-booth-number = Missing booth number
rule-unknown-exhibitor = Unknown exhibitor
rule-unknown-reference = Unknown reference
rule-booth-too-small = Booth too small
rule-off-grid = Off the grid
rule-exhibitor-multiple-booths = Exhibitor multiple booths
rule-area-mismatch = Area mismatch
rule-competitors-adjacent = Competitors adjacent
rule-zone-mismatch = Zone mismatch
rule-status-mismatch = Status mismatch
rule-booth-too-deep = Booth too deep
rule-dead-end-aisle = Dead-end aisle
rule-row-too-long = Row too long
rule-invalid-rule = Invalid rule
rule-booth-out-of-range = Booth out of range
rule-obstacle-outside-hall = Obstacle outside hall
rule-unallocated-exhibitor = Unallocated exhibitor
rule-booth-outside-hall-summary = A booth reaches outside its hall's outline, or names a hall that does not exist.
rule-booth-overlap-summary = Two booths share floor area.
rule-booth-on-obstacle-summary = A booth covers fire equipment, a service core or stairs, a stage / no-build area, or a reserved aisle.
rule-booth-contains-pillar-summary = A pillar stands inside a booth: allowed, but the exhibitor must be told.
rule-exit-blocked-summary = A booth stands in an exit's clearance zone (default 4.5 m deep, the door's width).
rule-fire-equipment-blocked-summary = A booth stands within the clearance around fire equipment (default 1.5 m).
rule-aisle-too-narrow-summary = A gap wider than 0 and narrower than the minimum aisle (default 3 m) between two booths, or a booth and a wall or obstacle.
rule-booth-no-aisle-access-summary = No side of a booth faces free floor (at least 0.915 m deep and long by default).
rule-exit-unreachable-summary = No walking path at least the minimum aisle wide (default 3 m) leads from the booth to any exit.
rule-travel-distance-summary = The walking path from a booth to its nearest exit is longer than the limit (default 61 m).
rule-duplicate-booth-number-summary = Two or more booths carry the same number (compared ignoring case and surrounding spaces).
rule-missing-booth-number-summary = A booth has no number.
rule-unknown-exhibitor-summary = A booth or a competitor list names an exhibitor id that does not exist.
rule-unknown-reference-summary = An obstacle, exit or zone names a missing hall, or an exhibitor prefers a missing zone.
rule-booth-too-small-summary = A booth is smaller than the minimum area (default 9 m²) or has a side shorter than the minimum (default 2 m).
rule-off-grid-summary = A booth's position or size is not a multiple of the grid pitch (default 1 m).
rule-exhibitor-multiple-booths-summary = One exhibitor holds more than one booth.
rule-area-mismatch-summary = An exhibitor's allocated area differs from its contracted area by more than the tolerance (default 5 %).
rule-competitors-adjacent-summary = Competitors' booths touch, or face each other across one aisle (free floor up to 6 m wide by default).
rule-zone-mismatch-summary = An exhibitor stands outside the zone or pavilion it asked for.
rule-status-mismatch-summary = A booth's status disagrees with its allocation (allocated but available or on hold; reserved or sold but empty).
rule-booth-too-deep-summary = A point inside a booth is farther than the limit (default 15 m) from the booth's nearest open side.
rule-dead-end-aisle-summary = A passage that leads nowhere (one way out, up to three minimum aisles wide) is longer than the limit (default 18 m) from its mouth to its closed end.
rule-row-too-long-summary = A continuous row of booths (touching side by side or back to back) is longer than the limit (default 30 m) without a cross aisle.
rule-invalid-rule-summary = A venue rule cannot be right: a zero or negative width, clearance, limit or pitch, or a minimum aisle wider than a hall.
rule-booth-out-of-range-summary = A booth (or a hall) lies more than 1,000 km from the site's origin or is larger than that: too large to measure, left out of the other checks.
rule-obstacle-outside-hall-summary = An obstacle reaches outside its hall or has no area, or an exit's door is not on its hall's wall.
rule-unallocated-exhibitor-summary = An exhibitor has no booth yet.

## Library batch f

## Batch f: edit errors (merge/split, exits, paste), block generation, allocation (en)

edit-reshape-too-few = pick two or more booths to merge
edit-reshape-missing = there is no booth { $booth }
edit-reshape-not-free = booth { $booth } is { $state }; only free booths (available, no company) are merged or split
edit-reshape-taken-by = taken by { $company }
edit-reshape-state-available = available
edit-reshape-state-on-hold = on hold
edit-reshape-state-reserved = reserved
edit-reshape-state-sold = sold
edit-reshape-halls = booths { $booth } and { $other } are in different halls
edit-reshape-not-rectangle = booths { $booths } do not form one rectangle: they must touch along whole sides, with no gap and no overlap
edit-reshape-parts = a booth is split into 2 to 26 parts, not { $count }
edit-reshape-too-small = booth { $booth } split into { $count } parts makes booths of { $size }, smaller than the venue's smallest booth ({ $area }, sides of { $side } at least)
edit-reshape-breaks = that would add { $count } error(s): { $errors }
edit-reshape-taken = the new number { $number } is booth { $booth }'s already: renumber one of them first
edit-exit-outside-halls = click inside a hall, near the wall the exit is on
edit-exit-no-wall = no outside wall there with room for a door: the nearest edges join two wings of the hall
edit-paste-not-ours = the clipboard holds no booths or obstacles copied from boothplan
edit-paste-no-hall = the plan has no hall to paste into
edit-paste-no-ids = no free ids are left in this plan
layout-generate-no-hall = there is no hall { $hall }
layout-generate-bad-size = booth size must be positive
layout-generate-nothing-fits = no booth fits in that area once aisles, exits, fire equipment and obstacles are kept clear
alloc-placement-exact-in-zone = exact area, in their zone
alloc-placement-larger-in-zone = nearest larger booth, in their zone
alloc-placement-exact-outside-zone = exact area, outside their zone
alloc-placement-larger-outside-zone = nearest larger booth, outside their zone
alloc-summary = { $count } placed, { $unplaced } unplaced; { $area } given away beyond the contracts; { $outside } outside their zone
alloc-summary-merged = ; { $count } placed in merged booths
alloc-summary-by-placement = ; { $count } { $placement }
alloc-unplaced-beside-competitor = each of the { $count } available booths of { $size } or more is beside or facing a competitor
alloc-unplaced-blocked = the booths of { $size } or more it could have had are beside or facing a competitor, and the other { $count } went to companies of the same or a higher priority
alloc-unplaced-taken = all { $count } available booths of { $size } or more went to companies of the same or a higher priority
alloc-unplaced-none-in-zone = no available booth of { $size } or more in { $zone } or elsewhere
alloc-unplaced-none = no available booth of { $size } or more

## Library batch h

## Command line (batch h): messages to people on the terminal

cli-internal-error = internal error
cli-lang-unknown = { $value }: choose en, ko or vi
cli-validate-summary = { $errors } errors, { $warnings } warnings, { $infos } infos
cli-info-title = { $show } — { $venue } (revision { $revision })
cli-info-halls = halls: { $count } ({ $area } m²)
cli-info-booths = booths: { $count } ({ $available } available, { $held } on hold, { $reserved } reserved, { $sold } sold)
cli-info-exhibitors = exhibitors: { $count } ({ $allocated } allocated)
cli-info-area = area: { $booths } in booths, { $sold } sold
cli-renderer-unknown = { $var }="{ $value }" names no renderer: use "glow" (OpenGL) or "wgpu"
cli-opengl-fallback = OpenGL cannot draw the editor here ({ $error }); trying wgpu.
cli-editor-restart-failed = cannot start the editor again with wgpu: { $error }
cli-editor-open-failed = cannot open the editor window: { $error }
cli-import-unused-column = note: column "{ $column }" is not used
cli-import-refused = { $problems } rows have problems: nothing imported (use --accept-partial to import the { $good } good rows)
cli-import-done = { $added } exhibitors added, { $updated } updated, from { $file }
cli-refused-in = { $error }, in { $file }
cli-generate-no-hall = no hall "{ $hall }" in { $file } (halls: { $halls })
cli-generate-bad-rect = --rect must be X,Y,W,D in metres, not "{ $rect }"
cli-generate-bad-booth = --booth must be WxD in metres, like 3x3, not "{ $booth }"
cli-generate-done = { $count } booths generated ({ $dropped } dropped to keep the plan free of errors)
cli-map-print-options = --paper, --landscape, --portrait and --scale are for a PDF map, not { $file }
cli-map-underlay-html = --underlay draws venue drawings on SVG, PNG and PDF maps, not on the HTML map { $file }
cli-map-written = map written to { $file }
cli-map-written-note = map written to { $file } ({ $note })
cli-pack-progress = pack { $done }/{ $total }: { $number }
cli-packs-written = { $count } packs written to { $folder }
cli-changed-on-disk = { $file } changed on disk since this command read it (another program or person saved it); nothing was written. Run the command again on the new file, or write elsewhere with -o.
cli-underlay-changed = warning: the drawing { $file } has changed since it was placed; check its calibration
cli-booth-not-found = no booth is numbered { $number }
cli-booth-ambiguous = { $count } booths are numbered { $number }: name one by its id (B17)
cli-booth-merged = Merged { $booths } into { $number } ({ $size }, { $area })
cli-booth-split = Split { $booth } into { $parts } parts; the first is { $number } ({ $size }, { $area })
cli-allocate-assigned = { $company } → { $booth } ({ $placement })
cli-allocate-merged = merged: { $booths } into { $booth } for { $company }
cli-allocate-unplaced = unplaced: { $company } ({ $id }): { $reason }
cli-diff-pdf-needs-file = a PDF report needs a file: add -o REPORT.pdf
cli-diff-output-is-input = -o { $file } names one of the plans compared: the report would replace it; nothing was written
cli-merge-output-is-input = -o { $file } names the base or their plan: the merge would replace it; write it over ours (as git does) or elsewhere
cli-merge-empty-base = { $file } is empty: both sides added this plan, so there is no common version to merge from; ours is left as it is. Compare them with `boothplan diff OURS THEIRS` and keep one.
cli-merge-clean = Merged cleanly.
cli-merge-conflicts = { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    }: ours is kept for each; theirs is listed in the merged plan, where the editor's "Resolve conflicts" panel picks a side.
cli-git-diff-usage = git-diff takes the seven arguments git passes to an external diff driver

## Library batch e

## src/io/message.rs: what the system said, and what a file is
io-os-error = { $message } (os error { $code })
io-os-not-found = No such file or directory
io-os-permission-denied = Permission denied
io-os-already-exists = File exists
io-os-is-a-directory = Is a directory
io-os-not-a-directory = Not a directory
io-os-read-only-filesystem = Read-only file system
io-os-storage-full = No space left on device
io-os-quota-exceeded = Disk quota exceeded
io-os-file-too-large = File too large
io-os-resource-busy = Device or resource busy
io-os-invalid-filename = Invalid file name
io-os-stale-network-file = Stale file handle
io-os-timed-out = Timed out
io-kind-fifo = a FIFO (named pipe)
io-kind-device = a device
io-kind-socket = a socket
io-kind-folder = a folder
io-kind-other = not a regular file

## src/io/mod.rs: reading a plan file
load-error-in-file = { $error }, in { $path }
load-cannot-read = cannot read the file: { $error }
load-not-a-file = this is { $what }, not a regular file; plans are read only from regular files
load-empty = the file is empty
load-too-large = the file is { $bytes } bytes, larger than the { $limit }-byte limit for a plan
load-not-text = line { $line }, column { $column }: this is not a text file (binary data)
load-syntax = line { $line }, column { $column }: { $message }
load-newer-version = the file is format version { $found }, newer than this boothplan understands (up to { $supported }); update boothplan to open it
load-unknown-version = the file says format version { $version }, which boothplan never wrote
load-duplicate-id-first = { $what } id { $number } appears twice in { $section }, first on line { $first } and again here; keep one (a merge may have written both)
load-duplicate-id = { $what } id { $number } appears twice in { $section }; keep one (a merge may have written both)
load-what-hall = hall
load-what-obstacle = obstacle
load-what-exit = exit
load-what-zone = zone
load-what-booth = booth
load-what-exhibitor = exhibitor

## src/io/ron_text.rs: the parser's complaints (field and type names stay as the file has them)
load-ron-eof = Unexpected end of RON
load-ron-trailing = Non-whitespace trailing characters
load-ron-expected-comma = Expected comma
load-ron-expected-colon = Expected colon
load-ron-expected-open = Expected opening { $mark }
load-ron-expected-close = Expected closing { $mark }
load-ron-expected-boolean = Expected boolean
load-ron-expected-integer = Expected integer
load-ron-expected-number = Expected float
load-ron-expected-string = Expected string
load-ron-expected-string-end = Expected end of string
load-ron-expected-identifier = Expected identifier
load-ron-expected-option = Expected option
load-ron-integer-out-of-bounds = Integer is out of bounds
load-ron-unclosed-comment = Unclosed block comment
load-ron-unexpected-char = Unexpected char { $char }
load-ron-too-deep = Exceeded recursion limit, try increasing `ron::Options::recursion_limit` and using `serde_stacker` to protect against a stack overflow
load-ron-wrong-value = Expected { $expected } but found { $found } instead
load-ron-missing-field-in = Unexpected missing field named { $field } in { $outer }
load-ron-missing-field = Unexpected missing field named { $field }
load-ron-duplicate-field-in = Unexpected duplicate field named { $field } in { $outer }
load-ron-duplicate-field = Unexpected duplicate field named { $field }
load-ron-unknown-field-in = Unexpected field named { $field } in { $outer }, expected one of { $expected }
load-ron-unknown-field = Unexpected field named { $field }, expected one of { $expected }
load-ron-unknown-variant-in = Unexpected variant named { $variant } in enum { $outer }, expected one of { $expected }
load-ron-unknown-variant = Unexpected enum variant named { $variant }, expected one of { $expected }

## src/io/mod.rs, src/io/atomic.rs: saving a plan
save-io = could not save { $path }: { $error }
save-too-large = could not save { $path }: the plan would take { $size } MiB, more than the { $limit } MiB a plan file may be; nothing was written
save-serialise = could not serialise the plan: { $error }
save-changed-on-disk = { $path } changed on disk since it was opened or last saved (another program or person saved it); nothing was written over it
save-changed-since-read = the file changed on disk since it was read; nothing was written
save-not-regular = { $path } is { $what }, not a regular file; nothing was written
save-link-loop = { $path } is a loop of symbolic links; nothing was written
save-untouched = { $step }: { $error }; the previous file is intact
save-backup-not-regular = the backup { $path } is { $what }, so no backup can be kept; nothing was written and the previous file is intact
save-read-only = { $path } is read-only; nothing was written and the previous file is intact
save-folder-not-synced = the new file is in place, but its folder could not be synced ({ $error }): a power cut now could undo the save
save-step-write-beside = cannot write beside it
save-step-keep-permissions = cannot keep the file's permissions
save-step-read-previous = cannot read the previous file
save-step-keep-backup = cannot keep the backup { $path }
save-step-copy-backup = cannot copy the previous file to its backup
save-step-replace = cannot replace the file

## src/io/drawing.rs: reading a venue drawing
drawing-file-missing = the drawing { $path } is missing: { $error }
drawing-file-unreadable = the drawing { $path } cannot be read: { $why }
drawing-file-unsupported = the drawing { $path } is { $what }: boothplan reads PNG, JPEG and PDF drawings
drawing-file-no-page = { $pages ->
    [one] the drawing { $path } has { $pages } page; there is no page { $page }
   *[other] the drawing { $path } has { $pages } pages; there is no page { $page }
}
drawing-file-damaged = the drawing { $path } is damaged or not an image: { $why }
drawing-file-is-kind = it is { $what }
drawing-file-too-large = it is larger than { $limit } MiB
drawing-file-too-many-pixels = it is { $width } × { $height } pixels; at most { $limit } million pixels are drawn
drawing-file-not-an-image = neither PNG, JPEG nor PDF
drawing-file-encrypted = it is encrypted (password-protected): save an unprotected copy and add that
drawing-file-not-a-pdf = it is not a PDF boothplan can read
drawing-file-pdf-failed = the PDF could not be drawn
drawing-file-empty-page = the page is empty

## src/io/import: reading an exhibitor list
import-problem-on-line = line { $line }: { $message }
import-cannot-read = cannot read the file: { $error }, in { $path }
import-unreadable = { $message }, in { $path }
import-not-a-file = this is { $what }, not a regular file
import-too-large = the file is larger than { $limit } MiB, more than any exhibitor list
import-area-ambiguous = area "{ $value }" is ambiguous (a thousand, or one with three decimals?): write 1000 or 1
import-area-not-a-number = area "{ $value }" is not a number of m²
import-area-out-of-range = area "{ $value }" is not a number of m² between 0 and 1,000,000,000
import-no-name-column = no company name column (looked for name, company, 회사명); the header is: { $header }
import-same-field-twice = line 1: columns { $first } ("{ $first_header }") and { $second } ("{ $second_header }") both hold the same field; keep one
import-unreadable-row = unreadable row: { $error }
import-field-count = { $count } fields, but the header has { $header }
import-no-company-name = no company name
import-priority-not-whole = priority "{ $value }" is not a whole number
import-no-id-left = no exhibitor id is left for this company
import-no-such-zone = no zone named "{ $zone }"
import-no-such-competitor = competitor "{ $competitor }" is not in the plan or the list
import-not-utf8 = not UTF-8 text (byte { $byte }); try --encoding cp949
import-not-text = not text in UTF-8 or CP949
import-unclosed-quote = line { $line }: a quote opens here and is never closed, so the rest of the file would be one value
import-bad-header = the header cannot be read: { $error }
import-empty = the file is empty
import-not-a-spreadsheet = not a readable spreadsheet: { $error }
import-no-sheet = the workbook has no sheet
import-sheet-unreadable = sheet { $sheet } cannot be read: { $error }
import-cell-beyond = sheet { $sheet }: a value at row { $row }, column { $column } is beyond the { $rows } rows and { $columns } columns a list may have
import-sheet-too-much-text = sheet { $sheet } holds more than { $limit } MiB of text, more than any exhibitor list
import-sheet-too-many-values = sheet { $sheet } holds more than { $limit } values, more than any exhibitor list
import-sheet-too-many-cells = sheet { $sheet } is { $rows } rows by { $columns } columns, more cells than any exhibitor list
import-empty-sheet = the sheet is empty

## Library batch g: changes

## Changes between plans and merge conflicts (compare): what the Changes window, the change report and Resolve conflicts say
change-title-show = Show
change-title-rules = Venue rules
change-title-pricing = Pricing
change-title-hall = Hall
change-title-obstacle = Obstacle
change-title-exit = Exit
change-title-zone = Zone
change-title-venue-drawing = Venue drawing
change-title-drawing = Drawing
change-title-booth = Booth
change-title-exhibitor = Exhibitor
change-title-finding = Finding
change-title-pillar = Pillar
change-title-fire-equipment = Fire equipment
change-title-service-core = Service core
change-title-stage = Stage / no-build area
change-title-reserved-aisle = Reserved aisle
change-kind-added = added
change-kind-removed = removed
change-kind-moved = moved
change-kind-resized = resized
change-kind-renumbered = renumbered
change-kind-status = status
change-kind-price = price
change-kind-reassigned = reassigned
change-kind-contract = contract
change-kind-changed = changed
change-kind-appeared = new finding
change-kind-resolved = finding resolved
change-added = added
change-removed = removed
change-booth-removed = removed from { $hall } ({ $size })
change-booth-added = added in { $hall }: { $size } at { $position }, { $status }
change-booth-resized = resized from { $old_size } ({ $old_area }) to { $new_size } ({ $new_area })
change-booth-renumbered = renumbered from "{ $old }" to "{ $new }"
change-booth-status = status { $old } → { $new }
change-booth-price = price { $old } → { $new }
change-price-none = none
change-price-agreed = { $price } (agreed)
change-booth-moved = moved { $by }, from { $from } to { $to }
change-booth-moved-hall = moved { $by } from { $old_hall } to { $new_hall }, from { $from } to { $to }
change-booth-moved-to-hall = moved from { $old_hall } to { $new_hall }, from { $from } to { $to }
change-booth-moved-in-place = moved, from { $from } to { $to }
change-step-east = { $dx } east
change-step-west = { $dx } west
change-step-south = { $dy } south
change-step-north = { $dy } north
change-steps-east-south = { $dx } east and { $dy } south
change-steps-east-north = { $dx } east and { $dy } north
change-steps-west-south = { $dx } west and { $dy } south
change-steps-west-north = { $dx } west and { $dy } north
change-exhibitor-added = added: { $country }, { $area } contracted, { $booths }
change-no-booth = no booth
change-booths = booth { $booths }
change-exhibitor-contract = contract { $old } → { $new }
change-given-booth = given booth { $booths }
change-lost-booth = lost booth { $booths }: now without a booth
change-booth-to-booth = booth { $old } → { $new }
change-severity-error = error
change-severity-warning = warning
change-severity-info = info
change-one-field = { $field } { $old } → { $new }
change-value-absent = (absent)
change-value-none = none
change-value-yes = yes
change-value-no = no
change-value-items = { $count } items
change-value-fields = { $count } fields
change-value-present = (present)
change-rect = { $size } at { $position }
change-whole-site = Whole site
change-hall-missing = Hall { $id } (not in either plan)
change-line-new = New { $name }: { $detail }
change-line-resolved = Resolved { $name }: { $detail }
change-summary-same = The plans are the same.
change-summary = { $added } added, { $removed } removed, { $changed } changed; { $appeared ->
        [one] { $appeared } new finding
       *[other] { $appeared } new findings
    }, { $resolved } resolved
change-conflict-line = { $field }: ours { $ours } · theirs { $theirs }
change-conflict-whole-object = the whole object
change-conflict-added-both = { $name }: added on both sides with different content
change-conflict-removed-ours = { $name }: removed on our side, changed on theirs
change-conflict-removed-theirs = { $name }: changed on our side, removed on theirs
change-conflict-changed-both = { $name }: changed differently on both sides
change-conflict-fields-both = { $name }: { $fields } changed differently on both sides
change-conflict-kept-both = { $name }: added on both sides as { $from } with different content; theirs is kept too, as { $to } (remove one if they are the same)
change-conflict-taken-back = { $name }: their change is not taken, because with it: { $message }
change-conflict-merge-problem = The merge causes a problem neither side had ({ $rule }): { $message }
change-resolve-no-conflict = there is no conflict { $number }
change-resolve-not-an-object = the conflict names "{ $object }", which is not an object of a plan
change-resolve-changed-after = { $name } ({ $field }) was changed after the merge; change it by hand, or keep ours to drop the conflict
change-resolve-bad-value = { $object } { $field }: { $error }
change-resolve-not-valid = { $object }: { $error }
change-resolve-cannot-remove = { $object } cannot be removed
change-resolve-gone = { $name } is no longer in the plan
## Kinds, states and sides named in a change (change-word- and the English words, spaces as hyphens)
change-word-available = available
change-word-on-hold = on hold
change-word-reserved = reserved
change-word-sold = sold
change-word-pillar = pillar
change-word-fire-equipment = fire equipment
change-word-service-core = service core
change-word-stage = stage
change-word-reserved-aisle = reserved aisle
change-word-theme = theme
change-word-pavilion = pavilion
change-word-north = north
change-word-east = east
change-word-south = south
change-word-west = west
## Fields of a plan's objects named in a change (change-field- and the English words, spaces as hyphens)
change-field-show-name = show name
change-field-venue = venue
change-field-start-date = start date
change-field-end-date = end date
change-field-organiser-contact = organiser contact
change-field-revision = revision
change-field-currency = currency
change-field-grid-pitch = grid pitch
change-field-language = language
change-field-min-aisle = min aisle
change-field-exit-clearance = exit clearance
change-field-fire-equipment-clearance = fire equipment clearance
change-field-max-travel = max travel
change-field-min-booth-area = min booth area
change-field-min-booth-side = min booth side
change-field-area-tolerance = area tolerance
change-field-competitor-facing-gap = competitor facing gap
change-field-min-clear-width = min clear width
change-field-walk-grid = walk grid
change-field-max-row-length = max row length
change-field-max-booth-depth = max booth depth
change-field-max-dead-end = max dead end
change-field-per-m2 = per m2
change-field-open-side-premium = open side premium
change-field-name = name
change-field-code = code
change-field-outline = outline
change-field-hall = hall
change-field-kind = kind
change-field-rect = rect
change-field-label = label
change-field-wall = wall
change-field-at = at
change-field-width = width
change-field-clearance = clearance
change-field-colour = colour
change-field-areas = areas
change-field-price-per-m2 = price per m2
change-field-number = number
change-field-status = status
change-field-price-override = price override
change-field-exhibitor = exhibitor
change-field-country = country
change-field-sector = sector
change-field-contracted-area = contracted area
change-field-preferred-zone = preferred zone
change-field-competitors = competitors
change-field-priority = priority
change-field-contact-person = contact person
change-field-contact-email = contact email
change-field-contact-phone = contact phone
change-field-notes = notes
change-field-external-id = external id
change-field-file = file
change-field-sha256 = sha256
change-field-page = page
change-field-um-per = um per
change-field-opacity = opacity
change-field-locked = locked
change-field-hidden = hidden

## Export messages

export-error-io = cannot write the file: { $error }, in { $path }
export-error-format = cannot export { $what } as .{ $extension } (use { $supported }), in { $path }
export-error-render = rendering failed: { $error }
export-what-map = a map
export-what-list = a list
export-rows-written = { $count } rows written to { $path }
export-cp949-plain = { " " }({ $count } letters CP949 cannot hold written without their diacritics)
export-cp949-unknown = { " " }({ $count } characters CP949 cannot hold became ?)
export-no-hall = no hall named "{ $hall }"
export-no-booth-or-exhibitor = no booth or allocated exhibitor "{ $what }"
export-booth-in-other-hall = booth { $booth } is in { $hall }, not in { $asked }: leave out --hall, or give the booth's own hall
export-holds-no-booth = { $exhibitor } holds no booth
export-no-booth = no booth { $booth }
