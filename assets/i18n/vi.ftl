# boothplan — bản dịch tiếng Việt.
#
# Mỗi khóa một thông điệp; mọi bản dịch (en, ko, vi) có cùng các khóa với cùng các
# tham số (có kiểm thử). Tiếng Việt không có dạng số nhiều nên số lượng không cần biểu thức chọn;
# diện tích, tiền và ngày tháng được truyền vào đã định dạng theo ngôn ngữ.

## Menu

menu-file = Tệp
menu-edit = Sửa
menu-view = Xem
menu-draw = Vẽ
menu-settings = Cài đặt
menu-language = Ngôn ngữ
menu-open-recent = Mở gần đây
menu-no-recent = Không có tệp nào gần đây
menu-export = Xuất
menu-arrange = Căn chỉnh và giãn đều
menu-layers = Lớp

tool-select = Chọn
tool-new-booth = Gian hàng mới
tool-booth-block = Khối gian hàng
tool-measure = Đo
tool-drawing = Đang vẽ: { $tool }

## Thanh trạng thái

status-booths = { $count } gian hàng
status-allocated = Đã xếp gian cho { $allocated } / { $count } đơn vị trưng bày
status-area-sold = Đã bán { $area }
status-errors = { $count } lỗi
status-warnings = { $count } cảnh báo

## Trạng thái và loại gian hàng

status-available = Còn trống
status-on-hold = Đang giữ chỗ
status-reserved = Đã đặt chỗ
status-sold = Đã bán
booth-type-enclosed = Khép kín
booth-type-inline = Trong dãy
booth-type-corner = Góc
booth-type-through = Thông hai mặt
booth-type-peninsula = Ba mặt thoáng
booth-type-island = Đảo

## Bán gian hàng

sales-title = Tình hình bán gian hàng
sales-by-hall = Sảnh triển lãm
sales-by-zone = Khu vực / khu gian hàng quốc gia
sales-by-country = Quốc gia
sales-by-sector = Lĩnh vực
sales-by-type = Loại gian hàng
sales-measure = Biểu đồ cột theo:
sales-measure-area = Diện tích (m²)
sales-measure-booths = Số gian hàng
sales-measure-revenue = Doanh thu
sales-col-booths = Gian hàng
sales-col-area = Diện tích
sales-col-revenue = Doanh thu
sales-col-booths-sold = Gian đã bán / tổng
sales-col-area-sold = Diện tích đã bán / tổng
sales-total = Tổng cộng
sales-booked = Đã chốt
sales-pending = Chờ chốt
sales-potential = Tiềm năng
sales-average-per-m2 = Trung bình mỗi m²
sales-revenue-line = Doanh thu đã chốt { $booked }, chờ chốt { $pending }, tiềm năng { $potential }
sales-waiting = { $count } đơn vị trưng bày chưa có gian hàng (diện tích theo hợp đồng: { $area })
sales-click-hint = Nhấp vào một cột hoặc một tên để chọn các gian hàng tương ứng trên mặt bằng.
sales-select-group = Chọn các gian hàng này trên mặt bằng
sales-selected = Đã chọn { $count } gian hàng
sales-no-zone = (chưa có khu vực)
sales-no-company = (chưa có đơn vị trưng bày)
sales-other = Khác

## Lệnh: nhãn menu, và -tip cho chú thích khi di chuột

cmd-new = Mới
cmd-new-tip = Tạo một sơ đồ mặt bằng mới, trống.
cmd-open = Mở…
cmd-open-tip = Mở một tệp sơ đồ mặt bằng.
cmd-save = Lưu
cmd-save-tip = Lưu vào tệp hiện tại.
cmd-save-as = Lưu thành…
cmd-save-as-tip = Lưu vào một tệp mới.
cmd-quit = Thoát
cmd-quit-tip = Đóng ứng dụng.
cmd-undo = Hoàn tác
cmd-undo-tip = Hoàn tác thao tác vừa thực hiện.
cmd-redo = Làm lại
cmd-redo-tip = Làm lại thao tác vừa hoàn tác.
cmd-delete = Xóa
cmd-delete-tip = Xóa mọi thứ đang chọn: gian hàng, đơn vị trưng bày, đối tượng của địa điểm.
cmd-duplicate = Nhân bản
cmd-duplicate-tip = Nhân bản các gian hàng và đối tượng của địa điểm đang chọn, đặt ngay bên cạnh.
cmd-select-all = Chọn tất cả
cmd-select-all-tip = Chọn tất cả gian hàng.
cmd-rotate = Xoay
cmd-rotate-tip = Hoán đổi chiều rộng và chiều sâu của các gian hàng và vật cản đang chọn.
cmd-zoom-to-fit = Thu phóng vừa cửa sổ
cmd-zoom-to-fit-tip = Thu phóng để thấy toàn bộ mặt bằng.
cmd-zoom-to-selection = Thu phóng đến vùng chọn
cmd-zoom-to-selection-tip = Thu phóng đến phần đang chọn (nếu chọn đơn vị trưng bày: các gian hàng của đơn vị đó).
cmd-go-to = Đi đến…
cmd-go-to-tip = Gõ để tìm gian hàng, đơn vị trưng bày, sảnh triển lãm hoặc khu vực rồi chuyển đến đó.
cmd-toggle-grid = Lưới
cmd-toggle-grid-tip = Hiện hoặc ẩn lưới.
cmd-toggle-labels = Nhãn
cmd-toggle-labels-tip = Hiện hoặc ẩn nhãn gian hàng.
cmd-toggle-heat-map = Bản đồ nhiệt quãng đường đi bộ
cmd-toggle-heat-map-tip = Hiện hoặc ẩn bản đồ nhiệt quãng đường đi bộ.
cmd-toggle-zones = Khu vực và khu gian hàng quốc gia
cmd-toggle-zones-tip = Hiện hoặc ẩn các khu vực và khu gian hàng quốc gia.
cmd-toggle-obstacles = Vật cản
cmd-toggle-obstacles-tip = Hiện hoặc ẩn vật cản (cột, thiết bị phòng cháy chữa cháy, lõi kỹ thuật, sân khấu, lối đi).
cmd-toggle-legend = Chú giải
cmd-toggle-legend-tip = Hiện hoặc ẩn chú giải.
cmd-toggle-drawings = Bản vẽ địa điểm
cmd-toggle-drawings-tip = Hiện hoặc ẩn bản vẽ của địa điểm tổ chức.
cmd-colour-by-status = Tô màu theo trạng thái
cmd-colour-by-status-tip = Tô màu gian hàng theo trạng thái.
cmd-colour-by-zone = Tô màu theo khu vực
cmd-colour-by-zone-tip = Tô màu gian hàng theo khu vực.
cmd-colour-by-sector = Tô màu theo lĩnh vực
cmd-colour-by-sector-tip = Tô màu gian hàng theo lĩnh vực.
cmd-toggle-theme = Sáng / tối
cmd-toggle-theme-tip = Chuyển đổi giữa giao diện sáng và tối.
cmd-select-tool = Công cụ chọn
cmd-select-tool-tip = Chọn, di chuyển và thay đổi kích thước gian hàng cũng như đối tượng của địa điểm.
cmd-booth-tool = Công cụ tạo gian hàng
cmd-booth-tool-tip = Vẽ gian hàng mới trên lưới.
cmd-block-tool = Công cụ khối gian hàng
cmd-block-tool-tip = Lấp đầy một hình chữ nhật bằng một khối gian hàng.
cmd-measure-tool = Công cụ đo
cmd-measure-tool-tip = Đo khoảng cách và chiều rộng thông thủy.
cmd-import-exhibitors = Nhập đơn vị trưng bày…
cmd-import-exhibitors-tip = Nhập đơn vị trưng bày từ danh sách CSV hoặc XLSX.
cmd-allocate = Xếp gian hàng…
cmd-allocate-tip = Đề xuất gian hàng cho các đơn vị trưng bày chưa có gian.
cmd-export-map = Xuất sơ đồ…
cmd-export-map-tip = Xuất sơ đồ (SVG, PNG hoặc HTML; các gian hàng đang chọn được làm nổi bật).
cmd-export-list = Xuất danh sách phân bổ gian hàng…
cmd-export-list-tip = Xuất danh sách phân bổ gian hàng dưới dạng CSV.
cmd-export-directory = Xuất danh bạ đơn vị trưng bày…
cmd-export-directory-tip = Xuất danh bạ đơn vị trưng bày dưới dạng CSV.
cmd-export-packs = Xuất bộ tài liệu cho đơn vị trưng bày…
cmd-export-packs-tip = Xuất vào một thư mục, mỗi gian hàng đã phân bổ một bộ tài liệu PDF.
cmd-show-settings = Cài đặt triển lãm…
cmd-show-settings-tip = Tên triển lãm, ngày tổ chức, đơn giá, lưới và quy định của địa điểm.
cmd-renumber = Đánh số lại…
cmd-renumber-tip = Đánh số các gian hàng đang chọn theo dãy và vị trí, giống cách đánh số khối gian hàng.
cmd-compare-with = So sánh với…
cmd-compare-with-tip = Xem những gì đã thay đổi so với một phiên bản khác: một tệp, lần lưu gần nhất hoặc bản sao lưu.
cmd-resolve-conflicts = Giải quyết xung đột…
cmd-resolve-conflicts-tip = Hiển thị các xung đột còn lại sau khi hợp nhất để chọn giữ bản của mình hay bản của bên kia cho từng mục.
cmd-merge-booths = Gộp gian hàng
cmd-merge-booths-tip = Gộp các gian hàng còn trống đang chọn (cùng tạo thành một hình chữ nhật) thành một gian.
cmd-split-booth = Chia gian hàng…
cmd-split-booth-tip = Chia gian hàng còn trống đang chọn thành các phần bằng nhau.
cmd-arrange-left = Căn mép trái
cmd-arrange-left-tip = Căn mép trái thẳng hàng với đối tượng ngoài cùng bên trái.
cmd-arrange-centres-across = Căn giữa theo chiều ngang
cmd-arrange-centres-across-tip = Đưa tâm về cùng một đường thẳng đứng (ở giữa toàn bộ vùng chọn).
cmd-arrange-right = Căn mép phải
cmd-arrange-right-tip = Căn mép phải thẳng hàng với đối tượng ngoài cùng bên phải.
cmd-arrange-top = Căn mép trên
cmd-arrange-top-tip = Căn mép trên (phía bắc) thẳng hàng với đối tượng cao nhất.
cmd-arrange-centres-down = Căn giữa theo chiều dọc
cmd-arrange-centres-down-tip = Đưa tâm về cùng một đường nằm ngang (ở giữa toàn bộ vùng chọn).
cmd-arrange-bottom = Căn mép dưới
cmd-arrange-bottom-tip = Căn mép dưới (phía nam) thẳng hàng với đối tượng thấp nhất.
cmd-arrange-spread-across = Giãn đều theo chiều ngang
cmd-arrange-spread-across-tip = Chia đều khoảng cách từ trái sang phải, giữ nguyên vị trí hai đối tượng ngoài cùng.
cmd-arrange-spread-down = Giãn đều theo chiều dọc
cmd-arrange-spread-down-tip = Chia đều khoảng cách từ trên xuống dưới, giữ nguyên vị trí hai đối tượng ngoài cùng.
cmd-sales = Doanh số…
cmd-sales-tip = Xem tình hình bán gian hàng: theo sảnh triển lãm, khu vực, quốc gia, lĩnh vực và loại gian hàng.
cmd-language-en = English
cmd-language-en-tip = Hiển thị menu, bảng, hộp thoại và kết quả kiểm tra bằng tiếng Anh.
cmd-language-ko = 한국어 (Tiếng Hàn)
cmd-language-ko-tip = Hiển thị menu, bảng, hộp thoại và kết quả kiểm tra bằng tiếng Hàn.
cmd-language-vi = Tiếng Việt
cmd-language-vi-tip = Hiển thị menu, bảng, hộp thoại và kết quả kiểm tra bằng tiếng Việt.

## Báo cáo

report-sales-heading = Doanh số: { $show } (bản sửa đổi { $revision })
report-sales-title = Doanh số: { $show }
report-sales-subtitle = Bản sửa đổi { $revision } · in ngày { $date }
report-booths = { $count } gian hàng
report-breakdown-heading = { $breakdown }: gian đã bán / tổng, diện tích đã bán / tổng, doanh thu đã chốt
report-average-per-m2 = trung bình { $price } mỗi m²
report-bars-floor = Biểu đồ cột: diện tích, m²
report-footer = Trang { $page }/{ $pages } · in ngày { $date } · { $show } · bản sửa đổi { $revision }

## UI batch b

## Problems panel

severity-error = lỗi
severity-warning = cảnh báo
severity-info = thông tin
problems-title = Vấn đề
problems-errors = { $count } lỗi
problems-warnings = { $count } cảnh báo
problems-infos = { $count } thông tin
problems-rule-heading = { $severity }: { $rule } ({ $count } mục)
problems-more = và { $count } mục khác

## Inspector

inspector-title = Thuộc tính
inspector-hint = Chọn một gian hàng, một đơn vị trưng bày hoặc bất kỳ đối tượng nào trên mặt bằng.
inspector-selected = Đã chọn { $what }
inspector-booth-area = Diện tích gian hàng { $area }
inspector-keep-only = Chỉ giữ lại:
inspector-keep-booths = Gian hàng
inspector-keep-companies = Đơn vị trưng bày
inspector-keep-venue = Đối tượng của địa điểm
inspector-booth-heading = Gian hàng { $number }
inspector-number = Số
inspector-status = Trạng thái
inspector-price-override = Giá riêng
inspector-not-a-price = "{ $text }" không phải là giá hợp lệ
inspector-exhibitor = Đơn vị trưng bày
inspector-none = không có
inspector-select-company = Chọn đơn vị trưng bày này
inspector-unassign = Bỏ phân bổ
inspector-size = Kích thước
inspector-area = Diện tích
inspector-type = Loại
inspector-open-sides = Mặt mở
inspector-zone = Khu vực
inspector-price = Giá
inspector-name = Tên
inspector-country = Quốc gia
inspector-sector = Lĩnh vực
inspector-email = Thư điện tử
inspector-contact = Người liên hệ
inspector-notes = Ghi chú
inspector-contracted-area = Diện tích hợp đồng (m²)
inspector-not-an-area = "{ $text }" không phải là diện tích hợp lệ (m²)
inspector-priority = Độ ưu tiên
inspector-not-a-whole-number = "{ $text }" không phải là số nguyên
inspector-competitors = Đối thủ cạnh tranh
inspector-remove = Bỏ
inspector-add-competitor = Thêm đối thủ cạnh tranh
inspector-choose = chọn…
inspector-booths = Gian hàng:
inspector-no-booths-yet = chưa có: kéo đơn vị trưng bày vào một gian hàng
inspector-remove-company = Xóa đơn vị trưng bày
inspector-remove-company-tip = Giải phóng các gian hàng của đơn vị trưng bày; hoàn tác để khôi phục
inspector-company-removed = Đã xóa { $name } — nhấn Ctrl+Z để khôi phục

## Venue inspector

venue-x = Tọa độ X (m)
venue-y = Tọa độ Y (m)
venue-width = Chiều rộng (m)
venue-depth = Chiều sâu (m)
venue-size-not-positive = Kích thước phải lớn hơn 0, không thể là "{ $text }"
venue-not-a-length = "{ $text }" không phải là độ dài hợp lệ (mét)
venue-label = Nhãn
venue-kind = Loại
venue-exit-heading = Lối thoát hiểm { $label }
venue-wall = Tường
venue-along-wall = Vị trí dọc tường (m)
venue-not-a-door-width = "{ $text }" không phải là chiều rộng cửa hợp lệ
venue-zone-heading = Khu vực { $name }
venue-name = Tên
venue-price-per-m2 = Giá mỗi m²
venue-not-a-price = "{ $text }" không phải là giá hợp lệ
venue-colour = Màu
venue-areas = Các vùng
venue-areas-count = { $count } (kéo một góc để đổi kích thước)
venue-code = Mã
venue-hall-has-wings = { $hall } có { $count } cánh: kéo góc của từng cánh để đổi kích thước
venue-hint-exit = Kéo dọc theo tường để di chuyển; nhấn Delete để xóa (Ctrl+Z để khôi phục).
venue-hint-hall = Dùng phím mũi tên để di chuyển; kéo góc để đổi kích thước một cánh; nhấn Delete để xóa (Ctrl+Z để khôi phục).
venue-hint-move = Kéo để di chuyển; nhấn Delete để xóa (Ctrl+Z để khôi phục).
venue-zone-theme = Khu chủ đề
venue-zone-pavilion = Khu gian hàng
venue-obstacle-pillar = Cột
venue-obstacle-fire-equipment = Thiết bị PCCC
venue-obstacle-service-core = Lõi kỹ thuật
venue-obstacle-stage = Sân khấu / khu vực cấm dựng
venue-obstacle-reserved-aisle = Lối đi dành riêng
venue-side-north = bắc
venue-side-east = đông
venue-side-south = nam
venue-side-west = tây

## Exhibitors panel

exhibitors-title = Đơn vị trưng bày
exhibitors-search = Tìm kiếm
exhibitors-search-hint = đơn vị trưng bày, gian hàng hoặc quốc gia
exhibitors-unallocated = Chưa phân bổ
exhibitors-any-zone = Mọi khu vực
exhibitors-zone = Khu vực
exhibitors-sector = Lĩnh vực
exhibitors-any-sector = Mọi lĩnh vực
exhibitors-country = Quốc gia
exhibitors-any-country = Mọi quốc gia
exhibitors-shown = Đang hiển thị { $count } · kéo một đơn vị trưng bày vào gian hàng để phân bổ
exhibitors-no-booth = chưa có gian hàng

## UI batch c

## UI batch c: layout_tools, show_settings, drawings, goto, renumber, reshape (vi)

layout-tools-filter-list = danh sách đơn vị trưng bày
layout-tools-packs-folder = Thư mục lưu bộ tài liệu cho đơn vị trưng bày
layout-tools-filter-export = tệp xuất
layout-tools-exported = Đã xuất { $path }
layout-tools-exported-note = Đã xuất { $path } ({ $note })
layout-tools-export-failed = Không xuất được
layout-tools-read-failed = Không đọc được danh sách
layout-tools-import-heading = Nhập đơn vị trưng bày
layout-tools-import-summary = { $path }: { $count } dòng hợp lệ, { $problems } dòng có lỗi
layout-tools-unused-columns = Các cột không dùng: { $columns }
layout-tools-col-line = Dòng
layout-tools-col-company = Công ty
layout-tools-col-country = Quốc gia
layout-tools-col-area = Diện tích m²
layout-tools-col-problem = Lỗi
layout-tools-more-rows = và { $count } dòng nữa
layout-tools-import-rows = Nhập { $count } dòng
layout-tools-imported = Đã thêm { $count } đơn vị trưng bày, cập nhật { $updated } đơn vị
layout-tools-cancel = Hủy
layout-tools-allocate-heading = Phân bổ gian hàng cho đơn vị trưng bày
layout-tools-allocate-keep = Đơn vị đã có gian hàng được giữ nguyên: chỉ xếp những đơn vị chưa có gian.
layout-tools-allocate-merge = Ghép các gian trống liền kề cho đơn vị không vừa với gian nào
layout-tools-merge-for = Ghép { $booths } cho { $company }
layout-tools-apply-assignments = Áp dụng { $count } phân bổ
layout-tools-allocated = Đã phân bổ gian hàng cho { $count } đơn vị trưng bày
layout-tools-generate-heading = Tạo khối gian hàng
layout-tools-booth-width = Chiều rộng gian m
layout-tools-booth-depth = chiều sâu m
layout-tools-longest-row = dãy dài nhất m
layout-tools-block-summary = { $count } gian hàng (hiển thị trên sơ đồ); bỏ bớt { $pruned } gian để sơ đồ không có lỗi
layout-tools-add-booths = Thêm { $count } gian hàng
show-settings-rule-min-aisle = Lối đi tối thiểu
show-settings-rule-exit-clearance = Khoảng trống trước lối thoát hiểm
show-settings-rule-fire-clearance = Khoảng trống quanh thiết bị PCCC
show-settings-rule-max-travel = Quãng đi bộ dài nhất tới lối thoát hiểm
show-settings-rule-max-dead-end = Ngõ cụt dài nhất
show-settings-rule-max-row = Dãy gian dài nhất
show-settings-rule-max-depth = Độ sâu gian tối đa
show-settings-rule-min-area = Diện tích gian tối thiểu
show-settings-rule-min-side = Cạnh gian ngắn nhất
show-settings-rule-area-tolerance = Dung sai diện tích
show-settings-rule-competitor-gap = Khoảng cách đối thủ đối diện nhau
show-settings-rule-clear-width = Chiều rộng thông thủy cho xe lăn
show-settings-rule-walk-grid = Lưới tính quãng đi bộ
show-settings-heading = Cài đặt triển lãm
show-settings-rules-heading = Quy định của địa điểm (mặc định theo số liệu của cơ quan PCCC và địa điểm)
show-settings-not-number-zero-ok = { $rule }: "{ $text }" không phải là số từ 0 trở lên
show-settings-not-number-positive = { $rule }: "{ $text }" không phải là số lớn hơn 0
show-settings-rule-default = mặc định { $value }
show-settings-restore-rules = Khôi phục quy định mặc định
show-settings-close = Đóng
show-settings-show-name = Tên triển lãm
show-settings-venue = Địa điểm
show-settings-first-day = Ngày khai mạc
show-settings-last-day = Ngày bế mạc
show-settings-contact = Liên hệ ban tổ chức
show-settings-currency = Tiền tệ
show-settings-grid-pitch = Bước lưới
show-settings-price-per-m2 = Giá mỗi m² ({ $currency })
show-settings-not-price = "{ $text }" không phải là giá hợp lệ
show-settings-open-side-premium = Phụ phí mỗi mặt mở từ mặt thứ hai (%)
show-settings-not-percentage = "{ $text }" không phải là tỷ lệ phần trăm hợp lệ
drawings-filter = bản vẽ mặt bằng
drawings-relinked = Bản vẽ giờ lấy từ { $path }
drawings-reading-status = Đang đọc bản vẽ…
drawings-busy = Đang đọc một bản vẽ khác: vui lòng chờ
drawings-calibrate-heading = Hiệu chỉnh bản vẽ
drawings-calibrate-question = Hai điểm bạn vừa nhấp cách nhau bao xa trên thực tế?
drawings-distance = Khoảng cách (m)
drawings-distance-hint = Nhập khoảng cách theo mét, ví dụ 12,5
drawings-gone = Bản vẽ không còn nữa
drawings-pixel-size = Một điểm ảnh của bản vẽ bằng { $size } trên mặt sàn.
drawings-calibrate-button = Hiệu chỉnh
drawings-calibrated = Đã hiệu chỉnh bản vẽ
drawings-cancel = Hủy
drawings-heading = Bản vẽ mặt bằng
drawings-add = Thêm bản vẽ mặt bằng…
drawings-reading = Đang đọc…
drawings-find-file = Tìm tệp…
drawings-find-file-tip = Tệp đã bị chuyển hoặc đổi tên? Hãy chỉ tới tệp: thông số hiệu chỉnh vẫn được giữ
drawings-size = { $width } × { $height } px; một điểm ảnh bằng { $pixel }
drawings-changed = Tệp đã thay đổi kể từ khi bản vẽ được đặt vào.
drawings-keep-changed = Dùng tệp đã thay đổi
drawings-page = Trang
drawings-opacity = Độ đục %
drawings-locked = Khóa
drawings-hidden = Ẩn
drawings-calibrate = Hiệu chỉnh…
drawings-calibrate-tip = Nhấp hai điểm trên bản vẽ rồi nhập khoảng cách giữa chúng; kéo bản vẽ để căn chỉnh vị trí
drawings-calibrate-status = Hiệu chỉnh: nhấp hai điểm trên bản vẽ mà bạn biết khoảng cách
drawings-remove = Gỡ bản vẽ
goto-available = còn trống
goto-booth = gian { $booth } — { $company }
goto-company-no-booth = { $company } (chưa có gian hàng)
goto-company = { $company } — gian { $booths }
goto-hall = sảnh triển lãm: { $hall }
goto-zone = khu vực: { $zone }
goto-heading = Đi tới
goto-field = Số gian, đơn vị trưng bày, sảnh triển lãm hoặc khu vực
goto-hint = Ví dụ: A-101, 한빛, vien thong, Hall 2…
goto-nothing = Không có mục nào tên “{ $text }”.
goto-went = Đã đi tới { $place }
goto-cancel = Hủy
renumber-heading = Đánh số lại { $count } gian hàng
renumber-explain = Mã sảnh triển lãm, dãy, vị trí trong dãy: dãy tính từ trên xuống, vị trí tính từ trái sang.
renumber-first-row = Dãy bắt đầu
renumber-bad-row = Dãy bắt đầu phải là số nguyên từ 1 đến 9999.
renumber-cancel = Hủy
renumber-more = và { $count } gian nữa
renumber-taken-by = { $number } đã là số của một gian khác (gian { $booth })
renumber-taken = { $number } đã là số của một gian khác
renumber-apply = Áp dụng
renumber-apply-disabled = Hãy chọn dãy bắt đầu sao cho số không trùng với gian nào khác
renumber-done = Đã đánh số lại { $count } gian hàng — nhấn Ctrl+Z để trả lại số cũ
reshape-merged = Đã ghép { $count } gian hàng thành { $booth }
reshape-merge-failed = Không thể ghép các gian hàng này
reshape-split-heading = Chia gian hàng { $booth }
reshape-parts = Số phần
reshape-side-by-side = Cạnh nhau (chia theo chiều rộng)
reshape-one-behind = Trước sau (chia theo chiều sâu)
reshape-split-equal = { $count } gian { $size }, đánh số { $number }A, { $number }B, …
reshape-split-sizes = { $count } gian hàng: { $sizes }
reshape-split = Chia
reshape-split-done = Đã chia thành { $count } gian hàng
reshape-split-failed = Không thể chia gian hàng này
reshape-cancel = Hủy

## UI batch d

## Canvas: tools and what stands on the floor

canvas-tool-calibrate = Hiệu chỉnh bản vẽ
canvas-tool-hall = Sảnh triển lãm
canvas-tool-exit = Lối thoát hiểm
canvas-tool-zone = Khu vực
canvas-tool-pavilion = Khu gian hàng
canvas-obstacle-pillar = Cột
canvas-obstacle-fire-equipment = Thiết bị PCCC
canvas-obstacle-service-core = Lõi kỹ thuật
canvas-obstacle-stage = Sân khấu / khu vực cấm dựng
canvas-obstacle-reserved-aisle = Lối đi dành riêng
canvas-thing-pillar = cột
canvas-thing-fire-equipment = thiết bị PCCC
canvas-thing-service-core = lõi kỹ thuật
canvas-thing-stage = sân khấu / khu vực cấm dựng
canvas-thing-reserved-aisle = lối đi dành riêng
canvas-thing-booth = gian hàng
canvas-thing-wall = tường
canvas-side-north = bắc
canvas-side-east = đông
canvas-side-south = nam
canvas-side-west = tây
canvas-side-north-title = Phía bắc
canvas-side-east-title = Phía đông
canvas-side-south-title = Phía nam
canvas-side-west-title = Phía tây
canvas-count-pillars = { $count } cột
canvas-count-fire-equipment = { $count } thiết bị PCCC
canvas-count-service-cores = { $count } lõi kỹ thuật
canvas-count-stages = { $count } sân khấu
canvas-count-reserved-aisles = { $count } lối đi dành riêng
canvas-count-obstacles = { $count } vật cản
canvas-count-exits = { $count } lối thoát hiểm
canvas-count-pavilions = { $count } khu gian hàng
canvas-count-zones = { $count } khu vực
canvas-count-halls = { $count } sảnh triển lãm
canvas-copy-name = { $name } (bản sao)

## Canvas: booth card and allocation

canvas-allocated = Đã phân bổ gian hàng { $booth } cho { $company }
canvas-open-none = không có
canvas-tip-type-open = { $type } · mặt thoáng: { $sides }
canvas-tip-status = Trạng thái: { $status }
canvas-tip-price = Giá: { $price }
canvas-tip-no-exhibitor = Chưa có đơn vị trưng bày

## Canvas: legend

canvas-legend = Chú giải
canvas-legend-by-status = Gian hàng theo trạng thái
canvas-legend-by-zone = Gian hàng theo khu vực
canvas-legend-by-sector = Gian hàng theo lĩnh vực
canvas-legend-no-zone = Không thuộc khu vực nào
canvas-legend-no-company = Chưa có đơn vị trưng bày
canvas-legend-more-zones = và { $count } khu vực khác
canvas-legend-more-sectors = và { $count } lĩnh vực khác
canvas-legend-has-error = Có lỗi
canvas-legend-has-warning = Có cảnh báo
canvas-legend-selected = Đang chọn
canvas-legend-on-floor = Trên mặt sàn
canvas-legend-exit = Lối thoát hiểm và vùng phải để trống
canvas-legend-hidden = Đang ẩn: { $layers }
canvas-layer-zones = khu vực
canvas-layer-obstacles = vật cản
canvas-layer-drawings = bản vẽ
canvas-layer-labels = nhãn
canvas-layer-grid = lưới

## Canvas: measure tool

canvas-measure-distance = { $length } (ngang { $across }, dọc { $down })
canvas-measure-touch = { $from } và { $to } sát nhau
canvas-measure-clear-width = Chiều rộng thông thủy { $from }–{ $to }: { $gap }
canvas-measure-no-passage = Không có lối đi thông { $from }–{ $to } (cách nhau { $gap }): vướng { $between } ở giữa
canvas-measure-diagonal = Khoảng trống { $from }–{ $to }: { $distance } (từ góc đến góc)
canvas-list-two = { $first } và { $second }
canvas-list-more = { $first }, { $second } và { $count } mục khác
canvas-around-side = { $side }: cách { $what } { $gap }
canvas-around-wall = Tường gần nhất: { $gap } (phía { $side })

## Canvas: venue drawings

canvas-calibrate-click-drawing = Nhấp vào một bản vẽ mặt bằng (đang hiện và chưa khóa) để hiệu chỉnh
canvas-calibrate-first-point = Đã lấy điểm thứ nhất: nhấp vào điểm thứ hai mà bạn biết khoảng cách
canvas-drawing-not-added = Chưa thêm được bản vẽ
canvas-drawing-add-failed = Không thể thêm bản vẽ
canvas-drawing-hall-gone = Sảnh triển lãm của bản vẽ không còn nữa: chưa thêm bản vẽ
canvas-drawing-added = Đã thêm bản vẽ dưới { $hall }, co giãn vừa chiều rộng: dùng Vẽ → Hiệu chỉnh bản vẽ để đặt tỷ lệ
canvas-drawing-reading = Đang đọc bản vẽ… { $percent } %
canvas-drawing-reading-hall = Đang đọc bản vẽ của { $hall }… { $percent } %
canvas-drawing-not-shown = Không hiển thị được bản vẽ của { $hall }: { $reason }
canvas-drawing-changed = Bản vẽ của { $hall } ({ $file }) đã thay đổi kể từ khi được đặt vào: hãy kiểm tra lại hiệu chỉnh
canvas-drawing-start-failed = không thể bắt đầu đọc tệp: { $error }
canvas-drawing-stopped = quá trình đọc tệp bị dừng đột ngột
canvas-drawing-path-stopped = quá trình đọc { $path } bị dừng đột ngột

## Canvas: walking-distance heat map

canvas-heat-exit = lối thoát
canvas-heat-limit = giới hạn { $limit }
canvas-heat-title = Quãng đường đến lối thoát hiểm gần nhất

## UI batch a

## Tệp: mở, lưu, hỏi về thay đổi chưa lưu, nhập đường dẫn, khôi phục

files-plan-filter = Sơ đồ mặt bằng boothplan
files-opened = Đã mở { $path }
files-could-not-open = Không mở được sơ đồ mặt bằng
files-saved = Đã lưu { $path } (bản sửa đổi { $revision })
files-could-not-save = Không lưu được
files-unsaved-changes = Thay đổi chưa lưu
files-save-changes-first = Lưu các thay đổi vào { $name } trước không?
files-save = Lưu
files-discard = Không lưu
files-cancel = Hủy
files-plan-unchanged = Sơ đồ mặt bằng của bạn không bị thay đổi.
files-ok = Đồng ý
files-path-open = Mở sơ đồ mặt bằng
files-path-save-as = Lưu sơ đồ mặt bằng thành
files-path-import = Nhập đơn vị trưng bày từ
files-path-export = Xuất ra
files-path-drawing = Bản vẽ mặt bằng
files-path-relink = Vị trí hiện tại của tệp bản vẽ
files-path-compare = So sánh với sơ đồ mặt bằng
files-no-file-dialog = Không mở được hộp thoại chọn tệp ở đây; hãy gõ đường dẫn của tệp.
files-path = Đường dẫn
files-hint-import = /path/to/exhibitors.csv hoặc .xlsx
files-hint-map = /path/to/map.pdf, .png, .svg hoặc .html
files-hint-packs = /path/to/thư mục chứa bộ tài liệu
files-hint-drawing = /path/to/hall-plan.pdf, .png hoặc .jpg
files-open = Mở
files-read = Đọc
files-export = Xuất
files-add = Thêm
files-use-this-file = Dùng tệp này
files-compare = So sánh
files-restore-unsaved-work = Khôi phục công việc chưa lưu?
files-closed-with-changes-to = boothplan đã đóng khi { $path } còn thay đổi chưa lưu.
files-closed-with-changes-to-new = boothplan đã đóng khi một sơ đồ mặt bằng mới còn thay đổi chưa lưu.
files-restore = Khôi phục

## Làm việc nhóm: tệp đổi trên đĩa, so sánh, giải quyết xung đột

team-changed-on-disk = Tệp đã bị thay đổi trên đĩa
team-changed-by-others = { $name } đã bị một chương trình hoặc người khác thay đổi kể từ khi bạn mở hoặc lưu lần cuối.
team-nothing-saved = Chưa lưu gì: nếu lưu sẽ ghi đè lên thay đổi của người khác.
team-merge-or-reload = Hợp nhất sẽ đưa thay đổi của người khác vào bản của bạn (mục nào cả hai cùng sửa thì giữ bản của bạn và liệt kê bản của họ để giải quyết); Tải lại sẽ bỏ các thay đổi chưa lưu của bạn.
team-no-unsaved-changes = Bạn không có thay đổi nào chưa lưu: Tải lại sẽ hiển thị tệp như hiện tại.
team-merge = Hợp nhất
team-merge-tip = Gộp thay đổi của họ và của bạn thành một bước hoàn tác
team-compare = So sánh
team-compare-tip = Những gì đã thay đổi trên đĩa kể từ khi bạn mở hoặc lưu tệp lần cuối
team-made-on-disk = được thực hiện trên đĩa kể từ khi bạn mở hoặc lưu tệp
team-could-not-read-file = Không đọc được tệp
team-reload = Tải lại
team-reload-tip = Mở tệp như hiện tại; các thay đổi chưa lưu sẽ bị bỏ
team-reloaded = Đã tải lại tệp từ đĩa
team-could-not-reload = Không tải lại được
team-save-as = Lưu thành…
team-save-as-tip = Giữ cả hai: sơ đồ của bạn được lưu sang tệp khác
team-not-now = Để sau
team-merged = Đã hợp nhất các thay đổi trên đĩa; hãy lưu để giữ kết quả
team-merged-with-conflicts = Đã hợp nhất các thay đổi trên đĩa, còn { $count } xung đột cần giải quyết
team-could-not-merge = Không hợp nhất được
team-compare-with = So sánh với
team-compare-with-intro = Xem những gì đã thay đổi từ một phiên bản khác đến sơ đồ mặt bằng hiện tại.
team-a-file = Một tệp…
team-last-saved = Phiên bản lưu gần nhất
team-last-saved-tip = Sơ đồ mặt bằng như lúc được mở hoặc lưu lần cuối
team-the-last-saved-version = phiên bản lưu gần nhất
team-no-file-yet = Sơ đồ mặt bằng chưa được lưu thành tệp
team-backup-tip = { $path } (phiên bản trước lần lưu gần nhất)
team-backup = Bản sao lưu (.bak)
team-cancel = Hủy
team-could-not-read-plan = Không đọc được sơ đồ mặt bằng để so sánh
team-since = kể từ { $with }
team-showing-changes = Đang hiển thị các thay đổi { $with }
team-changes = Thay đổi
team-dashed-outlines = Đường viền nét đứt trên mặt bằng cho biết vị trí cũ của gian hàng.
team-resolve-conflicts = Giải quyết xung đột ({ $count })
team-conflicts-intro = Khi hợp nhất, mỗi mục dưới đây đã được giữ theo bản của bạn và ghi lại bản của họ. Hãy chọn một bên cho từng mục (mỗi lần chọn là một bước hoàn tác); cho đến lúc đó danh sách được lưu cùng sơ đồ mặt bằng.
team-dismiss = Bỏ qua
team-keep-ours = Giữ bản của mình
team-take-theirs = Lấy bản của họ
team-took-theirs = Đã lấy bản của họ — còn { $count } xung đột
team-kept-ours = Đã giữ bản của mình — còn { $count } xung đột
team-could-not-resolve = Không giải quyết được xung đột

## Bản sao khôi phục

recovery-written = Đã ghi bản sao khôi phục
recovery-autosave-failed = Tự động lưu thất bại: { $error }
recovery-restored = Đã khôi phục công việc chưa lưu
recovery-could-not-restore = Không khôi phục được

## Xuất chạy nền

jobs-already-running = Đang có một lượt xuất chạy
jobs-writing-packs = Đang ghi bộ tài liệu cho đơn vị trưng bày vào { $folder }
jobs-could-not-start = Không bắt đầu ghi bộ tài liệu được: { $error }
jobs-export-title = Xuất
jobs-progress = Đã xong { $done }/{ $total }
jobs-packs-written = Đã ghi { $count } bộ tài liệu
jobs-could-not-export = Không xuất được bộ tài liệu
jobs-stopped-unexpectedly = quá trình xuất bị dừng bất ngờ

## Bộ nhớ tạm

clipboard-copied = Đã sao chép { $what } — Ctrl+V để dán tại vị trí con trỏ
clipboard-nothing-to-copy = Hãy chọn gian hàng hoặc vật cản để sao chép
clipboard-pasted = Đã dán { $what } — số mới, chưa có đơn vị trưng bày; Ctrl+Z để bỏ
clipboard-nothing-pasted = Chưa dán được: { $error }
clipboard-cut = Đã cắt { $what } — Ctrl+V để dán tại vị trí con trỏ

## Thông báo trên thanh trạng thái sau khi chạy lệnh

actions-arranged = Đã áp dụng { $how }: { $what }
actions-already-arranged = Đã thẳng hàng sẵn: không có gì được di chuyển
actions-duplicated = Đã nhân bản { $what } — Ctrl+Z để xóa các bản sao
actions-deleted-booth = gian hàng { $booth } ({ $area })
actions-deleted-booths = { $count } gian hàng ({ $area })
actions-deleted-company = đơn vị trưng bày { $name }
actions-deleted-pillar = cột { $name }
actions-deleted-fire-equipment = thiết bị PCCC { $name }
actions-deleted-service-core = lõi kỹ thuật { $name }
actions-deleted-stage = sân khấu / khu vực không được thi công { $name }
actions-deleted-reserved-aisle = lối đi dành riêng { $name }
actions-deleted-zone = khu vực { $name }
actions-deleted-hall = { $hall } (vẫn còn { $count } gian hàng ghi sảnh triển lãm này)
actions-deleted = Đã xóa { $what } — Ctrl+Z để khôi phục
actions-undone = Đã hoàn tác
actions-redone = Đã làm lại

## Những gì đang chọn, đếm theo loại

selection-booths = { $count } gian hàng
selection-companies = { $count } đơn vị trưng bày

## Offline HTML map

## Offline HTML map (html-…). `%name` in a message is filled in by the page's script, not by
## Fluent: keep each `%name` as it is (it may move within the sentence).

html-page-title = { $show } — sơ đồ mặt bằng
html-panel-more = Xem thêm
html-search-placeholder = Đơn vị trưng bày, gian hàng, quốc gia hoặc lĩnh vực
html-search-label = Tìm kiếm đơn vị trưng bày, gian hàng, quốc gia và lĩnh vực
html-list-az = Tất cả đơn vị trưng bày A–Z
html-list-sector = Theo lĩnh vực
html-legend = Chú giải
html-map-label = Sơ đồ mặt bằng
html-hall = Sảnh triển lãm
html-zoom-in = Phóng to
html-zoom-out = Thu nhỏ
html-fit-label = Xem toàn bộ
html-fit = Toàn bộ
html-revision = bản sửa đổi sơ đồ { $revision }
html-found-one = Tìm thấy %n gian hàng.
html-found-many = Tìm thấy %n gian hàng.
html-shown-some = Đang hiện %shown/%total gian hàng: nhập thêm để thu hẹp tìm kiếm.
html-nothing = Không tìm thấy kết quả cho “%query”: hãy thử tên đơn vị trưng bày, số gian hàng, quốc gia, lĩnh vực hoặc khu vực.
html-no-booth = Không có gian hàng “%number” trên sơ đồ này.
html-no-sector = Chưa có lĩnh vực
html-show-more = Xem thêm (còn %n)
html-exhibitors-one = %n đơn vị trưng bày
html-exhibitors-many = %n đơn vị trưng bày
html-booths-one = %n gian hàng
html-booths-many = %n gian hàng
html-listed-az = %exhibitors tại %booths, xếp theo A–Z.
html-listed-sector = %exhibitors tại %booths, theo lĩnh vực.
html-no-exhibitor = Chưa có đơn vị trưng bày
html-no-name = (chưa có tên)
html-card-zone = Khu vực
html-card-sector = Lĩnh vực
html-card-country = Quốc gia
html-card-size = Kích thước
html-card-type = Loại gian hàng
html-card-exit = Lối ra gần nhất
html-exit-about = %exit (khoảng %m m)
html-all-halls = Tất cả sảnh triển lãm
html-site = Toàn khu triển lãm

## Validation findings

## data.rs
finding-booth-without-number = Gian hàng { $booth } chưa có số gian.
finding-duplicate-booth-number = Có { $count } gian hàng cùng mang số { $number }.
finding-booth-unknown-exhibitor = Gian hàng { $booth } được xếp cho đơn vị trưng bày { $exhibitor }, nhưng đơn vị này không tồn tại.
finding-unknown-competitor = { $company } ghi tên đối thủ cạnh tranh { $competitor }, nhưng đơn vị này không tồn tại.
finding-unknown-preferred-zone = { $company } muốn đặt gian ở khu vực { $zone }, nhưng khu vực này không tồn tại.
finding-exit-in-missing-hall = Lối thoát hiểm { $exit } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-zone-in-missing-hall = Khu vực { $zone } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-pillar-in-missing-hall = Cột { $obstacle } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-fire-equipment-in-missing-hall = Thiết bị phòng cháy chữa cháy { $obstacle } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-service-core-in-missing-hall = Lõi kỹ thuật { $obstacle } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-stage-in-missing-hall = Sân khấu / khu vực cấm thi công { $obstacle } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-reserved-aisle-in-missing-hall = Lối đi dành riêng { $obstacle } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-booth-too-small = Gian hàng { $booth } có kích thước { $width } × { $depth } ({ $area }); tối thiểu phải đạt { $min_area } và mỗi cạnh dài ít nhất { $min_side }.
finding-booth-off-grid = Gian hàng { $booth } lệch khỏi lưới { $pitch } ({ $off }).
finding-allocated-booth-available = Gian hàng { $booth } đã được xếp cho đơn vị trưng bày nhưng vẫn ghi trạng thái "còn trống".
finding-allocated-booth-on-hold = Gian hàng { $booth } đã được xếp cho đơn vị trưng bày nhưng vẫn ghi trạng thái "đang giữ chỗ".
finding-empty-booth-reserved = Gian hàng { $booth } chưa có đơn vị trưng bày nhưng lại ghi trạng thái "đã đặt chỗ".
finding-empty-booth-sold = Gian hàng { $booth } chưa có đơn vị trưng bày nhưng lại ghi trạng thái "đã bán".
finding-exhibitor-without-booth = { $company } (diện tích hợp đồng { $area }) chưa được xếp gian hàng.
finding-exhibitor-multiple-booths = { $company } đang được xếp { $count } gian hàng: { $booths }.
finding-area-mismatch = { $company } đăng ký diện tích { $contract } nhưng được xếp { $area } ({ $change } %).
finding-zone-mismatch = { $company } muốn đặt gian tại { $zone } nhưng gian hàng lại nằm ngoài khu vực đó.

## geometry.rs
finding-booth-in-missing-hall = Gian hàng { $booth } thuộc sảnh triển lãm { $hall }, nhưng sảnh triển lãm này không tồn tại.
finding-booth-outside-hall = Gian hàng { $booth } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-booth-no-aisle-access = Gian hàng { $booth } không có mặt nào quay ra lối đi: khách tham quan không thể vào được.
finding-aisle-too-narrow-wall = Lối đi giữa gian hàng { $booth } và tường sảnh triển lãm { $hall } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-booth-overlap = Gian hàng { $booth } chồng lấn lên gian hàng { $other } một phần diện tích { $area }.
finding-aisle-too-narrow-booths = Lối đi giữa gian hàng { $booth } và gian hàng { $other } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-competitors-side-by-side = Hai đơn vị cạnh tranh { $company } ({ $booth }) và { $other_company } ({ $other }) đứng sát cạnh nhau.
finding-competitors-facing = Hai đơn vị cạnh tranh { $company } ({ $booth }) và { $other_company } ({ $other }) đối diện nhau qua một lối đi rộng { $gap }.
finding-pillar-in-booth = Cột { $obstacle } nằm trong gian hàng { $booth } ({ $area }): cần báo cho đơn vị trưng bày.
finding-booth-covers-fire-equipment = Gian hàng { $booth } che lấp thiết bị phòng cháy chữa cháy { $obstacle } ({ $area }).
finding-booth-covers-service-core = Gian hàng { $booth } lấn lên lõi kỹ thuật { $obstacle } ({ $area }).
finding-booth-covers-stage = Gian hàng { $booth } lấn vào sân khấu / khu vực cấm thi công { $obstacle } ({ $area }).
finding-booth-covers-reserved-aisle = Gian hàng { $booth } lấn vào lối đi dành riêng { $obstacle } ({ $area }).
finding-aisle-too-narrow-pillar = Lối đi giữa gian hàng { $booth } và cột { $obstacle } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-aisle-too-narrow-fire-equipment = Lối đi giữa gian hàng { $booth } và thiết bị phòng cháy chữa cháy { $obstacle } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-aisle-too-narrow-service-core = Lối đi giữa gian hàng { $booth } và lõi kỹ thuật { $obstacle } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-aisle-too-narrow-stage = Lối đi giữa gian hàng { $booth } và sân khấu / khu vực cấm thi công { $obstacle } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-aisle-too-narrow-reserved-aisle = Lối đi giữa gian hàng { $booth } và lối đi dành riêng { $obstacle } chỉ rộng { $gap }; bề rộng tối thiểu là { $min }.
finding-booth-in-exit-clearance = Gian hàng { $booth } lấn vào vùng phải để trống trước lối thoát hiểm { $exit } (lấn { $area }).
finding-pillar-in-exit-clearance = Cột { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }).
finding-pillar-in-exit-approach = Cột { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }): lối thoát hiểm này không được tính là lối thoát nạn.
finding-fire-equipment-in-exit-clearance = Thiết bị phòng cháy chữa cháy { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }).
finding-fire-equipment-in-exit-approach = Thiết bị phòng cháy chữa cháy { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }): lối thoát hiểm này không được tính là lối thoát nạn.
finding-service-core-in-exit-clearance = Lõi kỹ thuật { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }).
finding-service-core-in-exit-approach = Lõi kỹ thuật { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }): lối thoát hiểm này không được tính là lối thoát nạn.
finding-stage-in-exit-clearance = Sân khấu / khu vực cấm thi công { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }).
finding-stage-in-exit-approach = Sân khấu / khu vực cấm thi công { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }): lối thoát hiểm này không được tính là lối thoát nạn.
finding-reserved-aisle-in-exit-clearance = Lối đi dành riêng { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }).
finding-reserved-aisle-in-exit-approach = Lối đi dành riêng { $obstacle } nằm trong vùng phải để trống trước lối thoát hiểm { $exit } (chiếm { $area }): lối thoát hiểm này không được tính là lối thoát nạn.
finding-booth-near-fire-equipment = Gian hàng { $booth } cách thiết bị phòng cháy chữa cháy { $obstacle } chưa tới { $clearance }.

## reach.rs
finding-exit-unreachable = Từ gian hàng { $booth } không thể ra tới lối thoát hiểm: không có lối đi nào rộng ít nhất { $min } dẫn tới lối thoát hiểm.
finding-exit-unreachable-no-exit = Từ gian hàng { $booth } không thể ra tới lối thoát hiểm: sảnh triển lãm { $hall } không có lối thoát hiểm.
finding-travel-distance = Quãng đường đi bộ từ gian hàng { $booth } tới lối thoát hiểm gần nhất là { $walk }; giới hạn cho phép là { $limit }.
finding-dead-end-aisle = Một lối đi cụt trong sảnh triển lãm { $hall } dài { $length }, tính từ chỗ khách có thể chọn hai hướng thoát đến đầu cụt (x { $x }, y { $y }); giới hạn cho phép là { $limit }.
finding-dead-end-aisle-booths = Một lối đi cụt trong sảnh triển lãm { $hall } dài { $length }, tính từ chỗ khách có thể chọn hai hướng thoát đến đầu cụt (x { $x }, y { $y }); giới hạn cho phép là { $limit }; các gian hàng dọc lối đi này: { $booths }.
finding-dead-end-aisle-many-booths = Một lối đi cụt trong sảnh triển lãm { $hall } dài { $length }, tính từ chỗ khách có thể chọn hai hướng thoát đến đầu cụt (x { $x }, y { $y }); giới hạn cho phép là { $limit }; các gian hàng dọc lối đi này: { $booths } và { $count } gian hàng khác.

## rows.rs
finding-booth-too-deep = Có một điểm trong gian hàng { $booth } cách đoạn cạnh mở ra lối đi gần nhất { $depth }; giới hạn cho phép là { $limit }.
finding-row-too-long = Dãy { $count } gian hàng ({ $ends }) kéo dài { $length } mà không có lối đi cắt ngang; giới hạn cho phép là { $limit }.

## sanity.rs
finding-rule-aisle-wider-than-hall = Quy định của địa điểm không hợp lý: bề rộng lối đi tối thiểu ({ $min }) còn lớn hơn cả sảnh triển lãm { $hall } ({ $width } × { $depth }).
finding-exit-size-not-positive = Lối thoát hiểm { $exit } không hợp lý: bề rộng là { $width } và khoảng trống phía trước là { $clearance }; cả hai phải lớn hơn 0.
finding-exit-size-not-positive-venue-clearance = Lối thoát hiểm { $exit } không hợp lý: bề rộng là { $width }, khoảng trống phía trước theo quy định chung của địa điểm; cả hai phải lớn hơn 0.
finding-rule-min-aisle-not-positive = Quy định của địa điểm không hợp lý: bề rộng lối đi tối thiểu (min_aisle_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-exit-clearance-not-positive = Quy định của địa điểm không hợp lý: khoảng trống trước lối thoát hiểm (exit_clearance_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-fire-equipment-clearance-not-positive = Quy định của địa điểm không hợp lý: khoảng trống quanh thiết bị phòng cháy chữa cháy (fire_equipment_clearance_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-max-travel-not-positive = Quy định của địa điểm không hợp lý: giới hạn quãng đường thoát nạn (max_travel_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-min-booth-side-not-positive = Quy định của địa điểm không hợp lý: cạnh gian hàng tối thiểu (min_booth_side_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-min-clear-width-not-positive = Quy định của địa điểm không hợp lý: bề rộng thông thủy cho người khuyết tật (min_clear_width_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-walk-grid-not-positive = Quy định của địa điểm không hợp lý: lưới tính quãng đường đi bộ (walk_grid_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-max-row-length-not-positive = Quy định của địa điểm không hợp lý: chiều dài dãy gian hàng tối đa (max_row_length_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-max-booth-depth-not-positive = Quy định của địa điểm không hợp lý: chiều sâu gian hàng tối đa (max_booth_depth_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-max-dead-end-not-positive = Quy định của địa điểm không hợp lý: chiều dài lối đi cụt tối đa (max_dead_end_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-grid-pitch-not-positive = Quy định của địa điểm không hợp lý: bước lưới (grid_pitch_mm) là { $value }; giá trị này phải lớn hơn 0.
finding-rule-min-booth-area-negative = Quy định của địa điểm không hợp lý: diện tích gian hàng tối thiểu (min_booth_area_mm2) là { $value }; giá trị này không được âm.
finding-rule-area-tolerance-negative = Quy định của địa điểm không hợp lý: dung sai diện tích (area_tolerance_permille) là { $value }; giá trị này không được âm.
finding-rule-competitor-facing-gap-negative = Quy định của địa điểm không hợp lý: khoảng cách đối diện giữa các đơn vị cạnh tranh (competitor_facing_gap_mm) là { $value }; giá trị này không được âm.
finding-rule-min-aisle-too-large = Quy định của địa điểm không hợp lý: bề rộng lối đi tối thiểu là { $value }, vượt quá mọi địa điểm thực tế.
finding-rule-exit-clearance-too-large = Quy định của địa điểm không hợp lý: khoảng trống trước lối thoát hiểm là { $value }, vượt quá mọi địa điểm thực tế.
finding-rule-max-travel-too-large = Quy định của địa điểm không hợp lý: giới hạn quãng đường thoát nạn là { $value }, vượt quá mọi địa điểm thực tế.
finding-rule-walk-grid-too-large = Quy định của địa điểm không hợp lý: lưới tính quãng đường đi bộ là { $value }, vượt quá mọi địa điểm thực tế.
finding-booth-out-of-range = Gian hàng { $booth } ở quá xa gốc tọa độ của khu triển lãm hoặc quá lớn để đo (hơn { $limit }); gian hàng này không được đưa vào các bước kiểm tra khác.
finding-hall-out-of-range = Sảnh triển lãm { $hall } ở quá xa gốc tọa độ của khu triển lãm hoặc quá lớn để đo (hơn { $limit }); mặt sàn của sảnh triển lãm này không được kiểm tra.
finding-pillar-without-area = Cột { $obstacle } không có diện tích.
finding-fire-equipment-without-area = Thiết bị phòng cháy chữa cháy { $obstacle } không có diện tích.
finding-service-core-without-area = Lõi kỹ thuật { $obstacle } không có diện tích.
finding-stage-without-area = Sân khấu / khu vực cấm thi công { $obstacle } không có diện tích.
finding-reserved-aisle-without-area = Lối đi dành riêng { $obstacle } không có diện tích.
finding-pillar-out-of-range = Cột { $obstacle } nằm cách gốc tọa độ của khu triển lãm quá { $limit } hoặc lớn hơn mức đó.
finding-fire-equipment-out-of-range = Thiết bị phòng cháy chữa cháy { $obstacle } nằm cách gốc tọa độ của khu triển lãm quá { $limit } hoặc lớn hơn mức đó.
finding-service-core-out-of-range = Lõi kỹ thuật { $obstacle } nằm cách gốc tọa độ của khu triển lãm quá { $limit } hoặc lớn hơn mức đó.
finding-stage-out-of-range = Sân khấu / khu vực cấm thi công { $obstacle } nằm cách gốc tọa độ của khu triển lãm quá { $limit } hoặc lớn hơn mức đó.
finding-reserved-aisle-out-of-range = Lối đi dành riêng { $obstacle } nằm cách gốc tọa độ của khu triển lãm quá { $limit } hoặc lớn hơn mức đó.
finding-pillar-outside-hall = Cột { $obstacle } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-fire-equipment-outside-hall = Thiết bị phòng cháy chữa cháy { $obstacle } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-service-core-outside-hall = Lõi kỹ thuật { $obstacle } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-stage-outside-hall = Sân khấu / khu vực cấm thi công { $obstacle } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-reserved-aisle-outside-hall = Lối đi dành riêng { $obstacle } vượt ra ngoài ranh giới sảnh triển lãm { $hall }.
finding-exit-off-north-wall = Lối thoát hiểm { $exit } không nằm trên tường phía bắc của sảnh triển lãm { $hall }: cửa phải mở từ sàn sảnh triển lãm ra bên ngoài.
finding-exit-off-east-wall = Lối thoát hiểm { $exit } không nằm trên tường phía đông của sảnh triển lãm { $hall }: cửa phải mở từ sàn sảnh triển lãm ra bên ngoài.
finding-exit-off-south-wall = Lối thoát hiểm { $exit } không nằm trên tường phía nam của sảnh triển lãm { $hall }: cửa phải mở từ sàn sảnh triển lãm ra bên ngoài.
finding-exit-off-west-wall = Lối thoát hiểm { $exit } không nằm trên tường phía tây của sảnh triển lãm { $hall }: cửa phải mở từ sàn sảnh triển lãm ra bên ngoài.

## Exports: maps, packs, lists, change report, printed sheets

map-legend-available = gian hàng còn trống
map-legend-on-hold = gian hàng đang giữ chỗ
map-legend-reserved = gian hàng đã đặt chỗ
map-legend-sold = gian hàng đã bán
map-legend-exit = lối thoát hiểm và vùng trống
obstacle-pillar = cột
obstacle-fire-equipment = thiết bị phòng cháy chữa cháy
obstacle-service-core = lõi kỹ thuật
obstacle-stage = sân khấu / khu vực cấm dựng
obstacle-reserved-aisle = lối đi dành riêng
map-subtitle = { $venue } · { $start } – { $end } · bản sửa đổi sơ đồ { $revision }
map-your-booth = { $count ->
    [1] Gian hàng của bạn: { $numbers }
   *[other] Các gian hàng của bạn ({ $count }): { $numbers }
}
map-note-pillar = Cột { $pillar } nằm trong gian hàng này.
map-note-nearest-exit = Lối thoát hiểm gần nhất: { $exit } (cách khoảng { $distance }).
map-booth-count = { $count } gian hàng · { $area }
side-north = bắc
side-east = đông
side-south = nam
side-west = tây
pack-neighbour-free = còn trống
pack-hall = Sảnh triển lãm
pack-size = Kích thước
pack-type = Loại gian
pack-type-open = { $type } (mặt thoáng: { $sides })
pack-neighbours = Gian bên cạnh
pack-none = không có
pack-pillars = Cột
pack-pillars-inside = Có { $count } cột nằm trong gian hàng này (khoanh đỏ trên sơ đồ)
pack-note = Ghi chú
pack-way-out = Đường thoát hiểm
pack-way-out-walk = { $exit }, đi bộ { $distance } (đường màu xanh lá trên sơ đồ)
pack-show = Triển lãm
pack-organiser = Ban tổ chức
pack-caption-route = Khu vực quanh gian hàng của bạn, tỷ lệ 1:{ $scale } · màu xanh lá: đường tới { $exit }, { $distance } · sơ đồ vị trí sảnh triển lãm ở góc
pack-caption = Khu vực quanh gian hàng của bạn, tỷ lệ 1:{ $scale } · sơ đồ vị trí toàn sảnh triển lãm ở góc (màu đỏ: phần sơ đồ này thể hiện)
col-booth = Gian hàng
col-hall = Sảnh triển lãm
col-zone = Khu vực
col-size = Kích thước (m × m)
col-area = Diện tích (m²)
col-type = Loại
col-status = Trạng thái
col-company = Công ty
col-country = Quốc gia
col-sector = Lĩnh vực
col-price = Giá
col-width = Rộng (m)
col-depth = Sâu (m)
col-currency = Tiền tệ
col-contact = Người liên hệ
col-email = Thư điện tử
col-phone = Điện thoại
col-external-id = Mã bên ngoài
col-booths = Gian hàng
list-title-allocation = danh sách phân bổ gian hàng
list-title-directory = danh bạ đơn vị trưng bày
list-totals = Tổng cộng
list-total = Tổng
list-total-booths = { $count } gian hàng, { $taken } gian đã có đơn vị trưng bày
list-all-halls = Tất cả sảnh triển lãm
list-continued = { $group } (tiếp theo)
list-footer = { $show } · in ngày { $date } · bản sửa đổi sơ đồ { $revision } · trang { $page }/{ $pages }
changes-title = Các thay đổi của { $show }
changes-subtitle = Từ bản sửa đổi { $from } đến bản sửa đổi { $to }: { $summary }
changes-key-on-maps = Trên sơ đồ:
changes-key-added = xanh lá: thêm mới
changes-key-moved = xanh dương: di chuyển hoặc đổi kích thước (nét đứt: vị trí cũ)
changes-key-removed = đỏ: đã xóa
changes-footer = Trang { $page }/{ $pages } · in ngày { $date } · { $show } · bản sửa đổi { $from } → { $to }
changes-html-added = thêm mới
changes-html-moved = di chuyển hoặc đổi kích thước (nét đứt: vị trí cũ)
changes-html-removed = đã xóa
changes-col-what = Đối tượng
changes-col-change = Thay đổi
changes-col-details = Chi tiết
changes-nothing = Không có thay đổi nào.
changes-html-footer = In ngày { $date } bằng boothplan
sheet-overlaps = chồng lên tờ { $sheet }
sheet-and-more = và { $count } mục khác
sheet-site-plan = Sơ đồ toàn khu triển lãm
sheet-of = Tờ { $sheet } (bộ { $columns } × { $rows } tờ)
sheet-scale = Tỷ lệ 1:{ $scale } trên khổ { $paper } · 1 cm trên giấy = { $length } trên mặt sàn
sheet-key = Sơ đồ vị trí: phần tô bóng là tờ này ({ $sheet })
sheet-portrait = { $paper } dọc
sheet-landscape = { $paper } ngang
show-settings-export-language = Ngôn ngữ của tệp xuất
show-settings-export-language-default = Chưa đặt: ngôn ngữ của trình chỉnh sửa; dòng lệnh dùng tiếng Anh
show-settings-export-language-tip = Sơ đồ, danh sách, bộ tài liệu cho đơn vị trưng bày và báo cáo của triển lãm này được viết bằng ngôn ngữ này; tùy chọn --lang của boothplan sẽ được ưu tiên hơn.

## Validation rules: title

rule-booth-outside-hall = Gian hàng nằm ngoài sảnh triển lãm
rule-booth-overlap = Gian hàng chồng lấn
rule-booth-on-obstacle = Gian hàng đè lên vật cản
rule-booth-contains-pillar = Cột trong gian hàng
rule-exit-blocked = Lối thoát hiểm bị chắn
rule-fire-equipment-blocked = Thiết bị PCCC bị chắn
rule-aisle-too-narrow = Lối đi quá hẹp
rule-booth-no-aisle-access = Gian hàng không giáp lối đi
rule-exit-unreachable = Không đến được lối thoát hiểm
rule-travel-distance = Quãng đường thoát hiểm quá dài
rule-duplicate-booth-number = Trùng số gian hàng
rule-missing-booth-number = Thiếu số gian hàng
rule-unknown-exhibitor = Đơn vị trưng bày không tồn tại
rule-unknown-reference = Tham chiếu không tồn tại
rule-booth-too-small = Gian hàng quá nhỏ
rule-off-grid = Lệch lưới
rule-exhibitor-multiple-booths = Đơn vị có nhiều gian hàng
rule-area-mismatch = Diện tích không khớp
rule-competitors-adjacent = Đối thủ cạnh nhau
rule-zone-mismatch = Sai khu vực
rule-status-mismatch = Trạng thái không khớp
rule-booth-too-deep = Gian hàng quá sâu
rule-dead-end-aisle = Lối đi cụt
rule-row-too-long = Dãy gian hàng quá dài
rule-invalid-rule = Quy định không hợp lệ
rule-booth-out-of-range = Gian hàng ngoài phạm vi
rule-obstacle-outside-hall = Vật cản nằm ngoài sảnh triển lãm
rule-unallocated-exhibitor = Đơn vị chưa có gian hàng

## Library batch f

## Batch f: edit errors (merge/split, exits, paste), block generation, allocation (vi)

edit-reshape-too-few = hãy chọn từ hai gian hàng trở lên để ghép
edit-reshape-missing = không có gian hàng { $booth }
edit-reshape-not-free = gian hàng { $booth } { $state }; chỉ ghép hoặc chia được các gian hàng trống (còn trống, chưa có đơn vị trưng bày)
edit-reshape-taken-by = đã phân bổ cho { $company }
edit-reshape-state-available = còn trống
edit-reshape-state-on-hold = đang giữ chỗ
edit-reshape-state-reserved = đã đặt chỗ
edit-reshape-state-sold = đã bán
edit-reshape-halls = gian hàng { $booth } và { $other } nằm ở hai sảnh triển lãm khác nhau
edit-reshape-not-rectangle = các gian hàng { $booths } không tạo thành một hình chữ nhật: các gian phải giáp nhau trọn cạnh, không có khe hở và không chồng lấn
edit-reshape-parts = chỉ chia được một gian hàng thành 2 đến 26 phần, không phải { $count }
edit-reshape-too-small = chia gian hàng { $booth } thành { $count } phần sẽ tạo ra các gian { $size }, nhỏ hơn gian hàng nhỏ nhất mà địa điểm cho phép ({ $area }, mỗi cạnh ít nhất { $side })
edit-reshape-breaks = thao tác này sẽ phát sinh thêm { $count } lỗi: { $errors }
edit-reshape-taken = số mới { $number } đã là số của gian hàng { $booth }: hãy đánh số lại một trong hai gian trước
edit-exit-outside-halls = hãy bấm vào bên trong sảnh triển lãm, gần bức tường đặt lối thoát hiểm
edit-exit-no-wall = ở đó không có tường ngoài nào đủ chỗ cho cửa: các cạnh gần nhất là chỗ nối hai cánh của sảnh triển lãm
edit-paste-not-ours = bộ nhớ tạm không chứa gian hàng hay vật cản nào được sao chép từ boothplan
edit-paste-no-hall = sơ đồ chưa có sảnh triển lãm nào để dán vào
edit-paste-no-ids = sơ đồ này đã hết mã định danh (ID) còn trống
layout-generate-no-hall = không có sảnh triển lãm { $hall }
layout-generate-bad-size = kích thước gian hàng phải lớn hơn 0
layout-generate-nothing-fits = sau khi chừa lối đi, lối thoát hiểm, thiết bị phòng cháy chữa cháy và vật cản, khu vực đó không còn chỗ cho gian hàng nào
alloc-placement-exact-in-zone = đúng diện tích, trong khu vực đăng ký
alloc-placement-larger-in-zone = gian lớn hơn gần nhất, trong khu vực đăng ký
alloc-placement-exact-outside-zone = đúng diện tích, ngoài khu vực đăng ký
alloc-placement-larger-outside-zone = gian lớn hơn gần nhất, ngoài khu vực đăng ký
alloc-summary = Đã xếp { $count }, chưa xếp { $unplaced }; cấp dư { $area } so với hợp đồng; { $outside } đơn vị nằm ngoài khu vực đăng ký
alloc-summary-merged = ; { $count } đơn vị được xếp vào gian ghép
alloc-summary-by-placement = ; { $count } đơn vị { $placement }
alloc-unplaced-beside-competitor = cả { $count } gian hàng còn trống từ { $size } trở lên đều nằm cạnh hoặc đối diện một đơn vị cạnh tranh
alloc-unplaced-blocked = các gian hàng từ { $size } trở lên có thể dành cho đơn vị này đều nằm cạnh hoặc đối diện một đơn vị cạnh tranh, còn { $count } gian khác đã được phân bổ cho các đơn vị có độ ưu tiên bằng hoặc cao hơn
alloc-unplaced-taken = cả { $count } gian hàng còn trống từ { $size } trở lên đã được phân bổ cho các đơn vị có độ ưu tiên bằng hoặc cao hơn
alloc-unplaced-none-in-zone = không có gian hàng còn trống nào từ { $size } trở lên trong { $zone } hay ở nơi khác
alloc-unplaced-none = không có gian hàng còn trống nào từ { $size } trở lên

## Library batch h

## Command line (batch h): messages to people on the terminal

cli-internal-error = lỗi nội bộ
cli-lang-unknown = { $value }: hãy chọn en, ko hoặc vi
cli-validate-summary = { $errors } lỗi, { $warnings } cảnh báo, { $infos } thông tin
cli-info-title = { $show } — { $venue } (bản sửa đổi { $revision })
cli-info-halls = sảnh triển lãm: { $count } ({ $area } m²)
cli-info-booths = gian hàng: { $count } ({ $available } còn trống, { $held } đang giữ chỗ, { $reserved } đã đặt chỗ, { $sold } đã bán)
cli-info-exhibitors = đơn vị trưng bày: { $count } ({ $allocated } đã được phân bổ gian hàng)
cli-info-area = diện tích: gian hàng { $booths }, đã bán { $sold }
cli-renderer-unknown = { $var }="{ $value }" không phải tên trình kết xuất: hãy dùng "glow" (OpenGL) hoặc "wgpu"
cli-opengl-fallback = OpenGL không vẽ được trình chỉnh sửa trên máy này ({ $error }); đang thử wgpu.
cli-editor-restart-failed = không khởi động lại được trình chỉnh sửa bằng wgpu: { $error }
cli-editor-open-failed = không mở được cửa sổ trình chỉnh sửa: { $error }
cli-import-unused-column = lưu ý: cột "{ $column }" không được dùng
cli-import-refused = { $problems } dòng có lỗi: chưa nhập gì (dùng --accept-partial để nhập { $good } dòng hợp lệ)
cli-import-done = đã thêm { $added } đơn vị trưng bày, cập nhật { $updated } đơn vị, từ { $file }
cli-refused-in = { $error }, trong { $file }
cli-generate-no-hall = không có sảnh triển lãm "{ $hall }" trong { $file } (các sảnh triển lãm: { $halls })
cli-generate-bad-rect = --rect phải có dạng X,Y,W,D tính bằng mét, không phải "{ $rect }"
cli-generate-bad-booth = --booth phải có dạng WxD tính bằng mét, ví dụ 3x3, không phải "{ $booth }"
cli-generate-done = đã tạo { $count } gian hàng (bỏ { $dropped } gian để sơ đồ không có lỗi)
cli-map-print-options = --paper, --landscape, --portrait và --scale chỉ dành cho sơ đồ PDF, không dùng cho { $file }
cli-map-underlay-html = --underlay vẽ bản vẽ mặt bằng lên sơ đồ SVG, PNG và PDF, không vẽ lên sơ đồ HTML { $file }
cli-map-written = đã ghi sơ đồ vào { $file }
cli-map-written-note = đã ghi sơ đồ vào { $file } ({ $note })
cli-pack-progress = bộ tài liệu { $done }/{ $total }: { $number }
cli-packs-written = đã ghi { $count } bộ tài liệu vào { $folder }
cli-changed-on-disk = { $file } đã thay đổi trên đĩa kể từ khi lệnh này đọc nó (một chương trình hoặc người khác đã lưu); chưa ghi gì. Hãy chạy lại lệnh với tệp mới, hoặc ghi ra chỗ khác bằng -o.
cli-underlay-changed = cảnh báo: bản vẽ { $file } đã thay đổi kể từ khi được đặt vào; hãy kiểm tra lại hiệu chỉnh
cli-booth-not-found = không có gian hàng nào mang số { $number }
cli-booth-ambiguous = có { $count } gian hàng mang số { $number }: hãy chỉ định một gian bằng mã của nó (B17)
cli-booth-merged = Đã gộp { $booths } thành { $number } ({ $size }, { $area })
cli-booth-split = Đã chia { $booth } thành { $parts } phần; phần đầu tiên là { $number } ({ $size }, { $area })
cli-allocate-assigned = { $company } → gian { $booth } ({ $placement })
cli-allocate-merged = đã ghép: { $booths } thành { $booth } cho { $company }
cli-allocate-unplaced = chưa xếp: { $company } ({ $id }): { $reason }
cli-diff-pdf-needs-file = báo cáo PDF cần ghi ra tệp: hãy thêm -o REPORT.pdf
cli-diff-output-is-input = -o { $file } trùng với một trong các sơ đồ đang so sánh: báo cáo sẽ ghi đè lên nó; chưa ghi gì
cli-merge-output-is-input = -o { $file } trùng với sơ đồ gốc hoặc sơ đồ của bên kia: kết quả hợp nhất sẽ ghi đè lên nó; hãy ghi đè lên sơ đồ của bạn (như git) hoặc ghi ra chỗ khác
cli-merge-empty-base = { $file } trống: cả hai bên đều thêm sơ đồ này nên không có phiên bản chung để hợp nhất; bản của bạn được giữ nguyên. Hãy so sánh bằng `boothplan diff OURS THEIRS` và giữ lại một bản.
cli-merge-clean = Đã hợp nhất, không có xung đột.
cli-merge-conflicts = { $count } xung đột: mỗi mục đều giữ bản của bạn; bản của bên kia được liệt kê trong sơ đồ đã hợp nhất, để chọn bên nào trong bảng "Giải quyết xung đột" của trình chỉnh sửa.
cli-git-diff-usage = git-diff nhận bảy đối số mà git truyền cho trình diff bên ngoài

## Validation rules: summaries
rule-booth-outside-hall-summary = Gian hàng vượt ra ngoài đường bao của sảnh triển lãm, hoặc ghi một sảnh triển lãm không tồn tại.
rule-booth-overlap-summary = Hai gian hàng chồng lấn diện tích sàn.
rule-booth-on-obstacle-summary = Gian hàng che thiết bị phòng cháy chữa cháy, lõi kỹ thuật hoặc cầu thang, sân khấu/khu cấm dựng, hoặc lối đi dành riêng.
rule-booth-contains-pillar-summary = Có cột nằm trong gian hàng: được phép, nhưng phải báo cho đơn vị trưng bày.
rule-exit-blocked-summary = Gian hàng nằm trong vùng thông thoáng của lối thoát hiểm (mặc định sâu 4,5 m, rộng bằng cửa).
rule-fire-equipment-blocked-summary = Gian hàng nằm trong khoảng thông thoáng quanh thiết bị phòng cháy chữa cháy (mặc định 1,5 m).
rule-aisle-too-narrow-summary = Khe hở rộng hơn 0 nhưng hẹp hơn lối đi tối thiểu (mặc định 3 m) giữa hai gian hàng, hoặc giữa gian hàng và tường hay chướng ngại vật.
rule-booth-no-aisle-access-summary = Không mặt nào của gian hàng hướng ra sàn trống (mặc định sâu và dài ít nhất 0,915 m).
rule-exit-unreachable-summary = Không có đường đi bộ nào rộng ít nhất bằng lối đi tối thiểu (mặc định 3 m) dẫn từ gian hàng đến lối thoát hiểm.
rule-travel-distance-summary = Quãng đường thoát hiểm từ gian hàng đến lối thoát hiểm gần nhất vượt giới hạn (mặc định 61 m).
rule-duplicate-booth-number-summary = Hai gian hàng trở lên mang cùng một số (so sánh không phân biệt chữ hoa/thường, bỏ qua khoảng trắng đầu và cuối).
rule-missing-booth-number-summary = Gian hàng chưa có số.
rule-unknown-exhibitor-summary = Gian hàng hoặc danh sách đối thủ cạnh tranh ghi mã đơn vị trưng bày không tồn tại.
rule-unknown-reference-summary = Chướng ngại vật, lối thoát hiểm hoặc khu vực ghi một sảnh triển lãm không tồn tại, hoặc đơn vị trưng bày chọn một khu vực không tồn tại.
rule-booth-too-small-summary = Gian hàng nhỏ hơn diện tích tối thiểu (mặc định 9 m²) hoặc có cạnh ngắn hơn mức tối thiểu (mặc định 2 m).
rule-off-grid-summary = Vị trí hoặc kích thước gian hàng không phải bội số của bước lưới (mặc định 1 m).
rule-exhibitor-multiple-booths-summary = Một đơn vị trưng bày giữ nhiều hơn một gian hàng.
rule-area-mismatch-summary = Diện tích phân bổ cho đơn vị trưng bày chênh lệch so với diện tích theo hợp đồng vượt quá dung sai (mặc định 5 %).
rule-competitors-adjacent-summary = Gian hàng của các đối thủ cạnh tranh sát nhau, hoặc đối diện nhau qua một lối đi (mặc định sàn trống rộng tối đa 6 m).
rule-zone-mismatch-summary = Đơn vị trưng bày nằm ngoài khu vực hoặc khu gian hàng đã yêu cầu.
rule-status-mismatch-summary = Trạng thái gian hàng không khớp với việc phân bổ (đã phân bổ nhưng đang ở trạng thái còn trống hoặc tạm giữ; đã đặt trước hoặc đã bán nhưng chưa có đơn vị trưng bày).
rule-booth-too-deep-summary = Một điểm trong gian hàng cách mặt mở gần nhất của gian hàng xa hơn giới hạn (mặc định 15 m).
rule-dead-end-aisle-summary = Lối đi cụt (chỉ có một lối ra, rộng tối đa gấp ba lối đi tối thiểu) dài hơn giới hạn (mặc định 18 m) tính từ đầu vào đến đầu cụt.
rule-row-too-long-summary = Dãy gian hàng liền nhau (sát cạnh hoặc sát lưng) dài hơn giới hạn (mặc định 30 m) mà không có lối đi cắt ngang.
rule-invalid-rule-summary = Quy định của địa điểm không hợp lệ: chiều rộng, khoảng thông thoáng, giới hạn hoặc bước lưới bằng 0 hoặc âm, hoặc lối đi tối thiểu rộng hơn sảnh triển lãm.
rule-booth-out-of-range-summary = Gian hàng (hoặc sảnh triển lãm) cách gốc tọa độ của địa điểm hơn 1.000 km hoặc lớn hơn mức đó: quá lớn để đo, bị loại khỏi các kiểm tra khác.
rule-obstacle-outside-hall-summary = Chướng ngại vật vượt ra ngoài sảnh triển lãm hoặc không có diện tích, hoặc cửa của lối thoát hiểm không nằm trên tường sảnh triển lãm.
rule-unallocated-exhibitor-summary = Đơn vị trưng bày chưa có gian hàng.

## Library batch e

## src/io/message.rs: what the system said, and what a file is
io-os-error = { $message } (lỗi hệ điều hành { $code })
io-os-not-found = không có tệp hoặc thư mục này
io-os-permission-denied = không có quyền truy cập
io-os-already-exists = tệp đã tồn tại
io-os-is-a-directory = đây là thư mục, không phải tệp
io-os-not-a-directory = không phải thư mục
io-os-read-only-filesystem = hệ thống tệp chỉ cho phép đọc
io-os-storage-full = ổ đĩa đã hết dung lượng
io-os-quota-exceeded = đã vượt hạn mức dung lượng đĩa
io-os-file-too-large = tệp quá lớn
io-os-resource-busy = thiết bị hoặc tệp đang được dùng ở nơi khác
io-os-invalid-filename = tên tệp không hợp lệ hoặc quá dài
io-os-stale-network-file = không còn truy cập được tệp trên mạng
io-os-timed-out = đã hết thời gian chờ
io-kind-fifo = một FIFO (đường ống có tên)
io-kind-device = một thiết bị
io-kind-socket = một socket
io-kind-folder = một thư mục
io-kind-other = không phải tệp thông thường

## src/io/mod.rs: reading a plan file
load-error-in-file = { $error }, trong tệp { $path }
load-cannot-read = không đọc được tệp: { $error }
load-not-a-file = đây là { $what }, không phải tệp thông thường; sơ đồ chỉ được đọc từ tệp thông thường
load-empty = tệp trống
load-too-large = tệp có { $bytes } byte, vượt giới hạn { $limit } byte của một sơ đồ
load-not-text = dòng { $line }, cột { $column }: đây không phải tệp văn bản (dữ liệu nhị phân)
load-syntax = dòng { $line }, cột { $column }: { $message }
load-newer-version = tệp có phiên bản định dạng { $found }, mới hơn mức boothplan này hiểu được (tối đa { $supported }); hãy cập nhật boothplan để mở tệp
load-unknown-version = tệp ghi phiên bản định dạng { $version }, phiên bản mà boothplan chưa từng tạo ra
load-duplicate-id-first = mã { $what } { $number } xuất hiện hai lần trong { $section }, lần đầu ở dòng { $first } và lần nữa ở đây; hãy giữ lại một (có thể một lần hợp nhất đã ghi cả hai)
load-duplicate-id = mã { $what } { $number } xuất hiện hai lần trong { $section }; hãy giữ lại một (có thể một lần hợp nhất đã ghi cả hai)
load-what-hall = sảnh triển lãm
load-what-obstacle = vật cản
load-what-exit = lối thoát hiểm
load-what-zone = khu vực
load-what-booth = gian hàng
load-what-exhibitor = đơn vị trưng bày

## src/io/ron_text.rs: the parser's complaints (field and type names stay as the file has them)
load-ron-eof = tệp kết thúc giữa chừng
load-ron-trailing = có ký tự thừa sau phần nội dung
load-ron-expected-comma = cần có dấu phẩy
load-ron-expected-colon = cần có dấu hai chấm
load-ron-expected-open = cần có dấu mở { $mark }
load-ron-expected-close = cần có dấu đóng { $mark }
load-ron-expected-boolean = cần có giá trị true hoặc false
load-ron-expected-integer = cần có số nguyên
load-ron-expected-number = cần có số
load-ron-expected-string = cần có chuỗi ký tự
load-ron-expected-string-end = chuỗi ký tự chưa được đóng
load-ron-expected-identifier = cần có tên (định danh)
load-ron-expected-option = cần có Some(…) hoặc None
load-ron-integer-out-of-bounds = số nguyên nằm ngoài phạm vi cho phép
load-ron-unclosed-comment = chú thích khối chưa được đóng
load-ron-unexpected-char = ký tự không mong đợi { $char }
load-ron-too-deep = cấu trúc tệp lồng nhau quá sâu
load-ron-wrong-value = cần { $expected } nhưng lại gặp { $found }
load-ron-missing-field-in = thiếu trường { $field } trong { $outer }
load-ron-missing-field = thiếu trường { $field }
load-ron-duplicate-field-in = trường { $field } xuất hiện hai lần trong { $outer }
load-ron-duplicate-field = trường { $field } xuất hiện hai lần
load-ron-unknown-field-in = trường không xác định { $field } trong { $outer }; các trường hợp lệ: { $expected }
load-ron-unknown-field = trường không xác định { $field }; các trường hợp lệ: { $expected }
load-ron-unknown-variant-in = giá trị không xác định { $variant } trong { $outer }; các giá trị hợp lệ: { $expected }
load-ron-unknown-variant = giá trị không xác định { $variant }; các giá trị hợp lệ: { $expected }

## src/io/mod.rs, src/io/atomic.rs: saving a plan
save-io = không lưu được { $path }: { $error }
save-too-large = không lưu được { $path }: sơ đồ sẽ chiếm { $size } MiB, vượt mức { $limit } MiB cho phép của một tệp sơ đồ; chưa ghi gì cả
save-serialise = không chuyển được sơ đồ sang định dạng tệp: { $error }
save-changed-on-disk = { $path } đã thay đổi trên đĩa kể từ khi được mở hoặc lưu lần cuối (một chương trình hoặc người khác đã lưu); chưa ghi đè gì lên tệp
save-changed-since-read = tệp đã thay đổi trên đĩa kể từ khi được đọc; chưa ghi gì cả
save-not-regular = { $path } là { $what }, không phải tệp thông thường; chưa ghi gì cả
save-link-loop = { $path } là một vòng lặp liên kết tượng trưng; chưa ghi gì cả
save-untouched = { $step }: { $error }; tệp trước đó vẫn nguyên vẹn
save-backup-not-regular = bản sao lưu { $path } là { $what }, nên không thể giữ bản sao lưu; chưa ghi gì cả và tệp trước đó vẫn nguyên vẹn
save-read-only = { $path } chỉ cho phép đọc; chưa ghi gì cả và tệp trước đó vẫn nguyên vẹn
save-folder-not-synced = tệp mới đã được ghi, nhưng không đồng bộ được thư mục chứa nó ({ $error }): nếu mất điện lúc này, lần lưu có thể bị mất
save-step-write-beside = không ghi được tệp tạm bên cạnh tệp
save-step-keep-permissions = không giữ được quyền truy cập của tệp
save-step-read-previous = không đọc được tệp trước đó
save-step-keep-backup = không giữ được bản sao lưu { $path }
save-step-copy-backup = không chép được tệp trước đó sang bản sao lưu
save-step-replace = không thay thế được tệp

## src/io/drawing.rs: reading a venue drawing
drawing-file-missing = không tìm thấy bản vẽ { $path }: { $error }
drawing-file-unreadable = không đọc được bản vẽ { $path }: { $why }
drawing-file-unsupported = bản vẽ { $path } là { $what }: boothplan đọc bản vẽ PNG, JPEG và PDF
drawing-file-no-page = bản vẽ { $path } có { $pages } trang; không có trang { $page }
drawing-file-damaged = bản vẽ { $path } bị hỏng hoặc không phải hình ảnh: { $why }
drawing-file-is-kind = đây là { $what }
drawing-file-too-large = tệp lớn hơn { $limit } MiB
drawing-file-too-many-pixels = ảnh có { $width } × { $height } điểm ảnh; chỉ vẽ được tối đa { $limit } triệu điểm ảnh
drawing-file-not-an-image = không phải PNG, JPEG hay PDF
drawing-file-encrypted = tệp được bảo vệ bằng mật khẩu: hãy lưu một bản không bảo vệ rồi thêm bản đó
drawing-file-not-a-pdf = đây không phải tệp PDF mà boothplan đọc được
drawing-file-pdf-failed = không vẽ được tệp PDF
drawing-file-empty-page = trang này trống

## src/io/import: reading an exhibitor list
import-problem-on-line = dòng { $line }: { $message }
import-cannot-read = không đọc được tệp: { $error }, trong tệp { $path }
import-unreadable = { $message }, trong tệp { $path }
import-not-a-file = đây là { $what }, không phải tệp thông thường
import-too-large = tệp lớn hơn { $limit } MiB, lớn hơn mọi danh sách đơn vị trưng bày
import-area-ambiguous = diện tích "{ $value }" không rõ nghĩa (một nghìn, hay một với ba chữ số thập phân?): hãy ghi 1000 hoặc 1
import-area-not-a-number = diện tích "{ $value }" không phải là số m²
import-area-out-of-range = diện tích "{ $value }" không phải là số m² trong khoảng 0 đến 1.000.000.000
import-no-name-column = không có cột tên công ty (đã tìm name, company, 회사명); dòng tiêu đề là: { $header }
import-same-field-twice = dòng 1: cột { $first } ("{ $first_header }") và cột { $second } ("{ $second_header }") cùng chứa một trường; hãy giữ lại một
import-unreadable-row = không đọc được dòng: { $error }
import-field-count = có { $count } giá trị, nhưng dòng tiêu đề có { $header }
import-no-company-name = không có tên công ty
import-priority-not-whole = độ ưu tiên "{ $value }" không phải số nguyên
import-no-id-left = không còn mã nào để cấp cho đơn vị trưng bày này
import-no-such-zone = không có khu vực nào tên "{ $zone }"
import-no-such-competitor = đối thủ cạnh tranh "{ $competitor }" không có trong sơ đồ lẫn trong danh sách
import-not-utf8 = không phải văn bản UTF-8 (byte { $byte }); hãy thử --encoding cp949
import-not-text = không phải văn bản UTF-8 hay CP949
import-unclosed-quote = dòng { $line }: dấu ngoặc kép mở ở đây nhưng không bao giờ đóng, nên toàn bộ phần còn lại của tệp sẽ thành một giá trị
import-bad-header = không đọc được dòng tiêu đề: { $error }
import-empty = tệp trống
import-not-a-spreadsheet = không phải bảng tính đọc được: { $error }
import-no-sheet = sổ làm việc không có trang tính nào
import-sheet-unreadable = không đọc được trang tính { $sheet }: { $error }
import-cell-beyond = trang tính { $sheet }: một giá trị ở hàng { $row }, cột { $column } nằm ngoài giới hạn { $rows } hàng và { $columns } cột của một danh sách
import-sheet-too-much-text = trang tính { $sheet } chứa hơn { $limit } MiB văn bản, nhiều hơn mọi danh sách đơn vị trưng bày
import-sheet-too-many-values = trang tính { $sheet } chứa hơn { $limit } giá trị, nhiều hơn mọi danh sách đơn vị trưng bày
import-sheet-too-many-cells = trang tính { $sheet } có { $rows } hàng × { $columns } cột, nhiều ô hơn mọi danh sách đơn vị trưng bày
import-empty-sheet = trang tính trống

## Library batch g: changes

## Changes between plans and merge conflicts (compare): what the Changes window, the change report and Resolve conflicts say
change-title-show = Thông tin triển lãm
change-title-rules = Quy định của địa điểm
change-title-pricing = Bảng giá
change-title-hall = Sảnh triển lãm
change-title-obstacle = Vật cản
change-title-exit = Lối thoát hiểm
change-title-zone = Khu vực
change-title-venue-drawing = Bản vẽ địa điểm
change-title-drawing = Bản vẽ
change-title-booth = Gian hàng
change-title-exhibitor = Đơn vị trưng bày
change-title-finding = Vấn đề
change-title-pillar = Cột
change-title-fire-equipment = Thiết bị PCCC
change-title-service-core = Lõi kỹ thuật
change-title-stage = Sân khấu / khu vực cấm dựng
change-title-reserved-aisle = Lối đi dành riêng
change-kind-added = thêm mới
change-kind-removed = đã xóa
change-kind-moved = di chuyển
change-kind-resized = đổi kích thước
change-kind-renumbered = đổi số
change-kind-status = trạng thái
change-kind-price = giá
change-kind-reassigned = đổi phân bổ
change-kind-contract = hợp đồng
change-kind-changed = thay đổi
change-kind-appeared = vấn đề mới
change-kind-resolved = vấn đề đã giải quyết
change-added = đã thêm
change-removed = đã xóa
change-booth-removed = đã xóa khỏi { $hall } ({ $size })
change-booth-added = đã thêm vào { $hall }: { $size } tại { $position }, { $status }
change-booth-resized = đổi kích thước từ { $old_size } ({ $old_area }) thành { $new_size } ({ $new_area })
change-booth-renumbered = đổi số từ "{ $old }" thành "{ $new }"
change-booth-status = trạng thái { $old } → { $new }
change-booth-price = giá { $old } → { $new }
change-price-none = không có
change-price-agreed = { $price } (giá thỏa thuận)
change-booth-moved = di chuyển { $by }, từ { $from } đến { $to }
change-booth-moved-hall = di chuyển { $by } từ { $old_hall } sang { $new_hall }, từ { $from } đến { $to }
change-booth-moved-to-hall = di chuyển từ { $old_hall } sang { $new_hall }, từ { $from } đến { $to }
change-booth-moved-in-place = di chuyển, từ { $from } đến { $to }
change-step-east = { $dx } về phía đông
change-step-west = { $dx } về phía tây
change-step-south = { $dy } về phía nam
change-step-north = { $dy } về phía bắc
change-steps-east-south = { $dx } về phía đông và { $dy } về phía nam
change-steps-east-north = { $dx } về phía đông và { $dy } về phía bắc
change-steps-west-south = { $dx } về phía tây và { $dy } về phía nam
change-steps-west-north = { $dx } về phía tây và { $dy } về phía bắc
change-exhibitor-added = đã thêm: { $country }, diện tích hợp đồng { $area }, { $booths }
change-no-booth = chưa có gian hàng
change-booths = gian hàng { $booths }
change-exhibitor-contract = diện tích hợp đồng { $old } → { $new }
change-given-booth = được phân bổ gian hàng { $booths }
change-lost-booth = mất gian hàng { $booths }: hiện chưa có gian hàng
change-booth-to-booth = gian hàng { $old } → { $new }
change-severity-error = lỗi
change-severity-warning = cảnh báo
change-severity-info = thông tin
change-one-field = { $field }: { $old } → { $new }
change-value-absent = (không có)
change-value-none = không có
change-value-yes = có
change-value-no = không
change-value-items = { $count } mục
change-value-fields = { $count } trường
change-value-present = (có)
change-rect = { $size } tại { $position }
change-whole-site = Toàn bộ địa điểm
change-hall-missing = Sảnh triển lãm { $id } (không có trong sơ đồ nào)
change-line-new = Mới phát sinh { $name }: { $detail }
change-line-resolved = Đã khắc phục { $name }: { $detail }
change-summary-same = Hai sơ đồ giống nhau.
change-summary = thêm { $added }, xóa { $removed }, thay đổi { $changed }; { $appeared } vấn đề mới, { $resolved } đã giải quyết
change-conflict-line = { $field }: bản của mình { $ours } · bản của họ { $theirs }
change-conflict-whole-object = toàn bộ đối tượng
change-conflict-added-both = { $name }: cả hai bên cùng thêm với nội dung khác nhau
change-conflict-removed-ours = { $name }: bên mình đã xóa, bên họ đã sửa
change-conflict-removed-theirs = { $name }: bên mình đã sửa, bên họ đã xóa
change-conflict-changed-both = { $name }: hai bên sửa khác nhau
change-conflict-fields-both = { $name }: hai bên sửa { $fields } khác nhau
change-conflict-kept-both = { $name }: cả hai bên cùng thêm với mã { $from } nhưng nội dung khác nhau; bản của họ cũng được giữ, với mã { $to } (nếu trùng nhau, hãy xóa một bản)
change-conflict-taken-back = { $name }: không lấy thay đổi của họ, vì nếu lấy thì: { $message }
change-conflict-merge-problem = Việc hợp nhất gây ra một vấn đề mà cả hai bên đều không có ({ $rule }): { $message }
change-resolve-no-conflict = không có xung đột số { $number }
change-resolve-not-an-object = xung đột ghi "{ $object }", đây không phải là đối tượng của sơ đồ
change-resolve-changed-after = { $name } ({ $field }) đã được sửa sau khi hợp nhất; hãy sửa thủ công, hoặc chọn giữ bản của mình để bỏ xung đột
change-resolve-bad-value = { $object } { $field }: không đọc được giá trị ({ $error })
change-resolve-not-valid = { $object }: giá trị không hợp lệ ({ $error })
change-resolve-cannot-remove = không thể xóa { $object }
change-resolve-gone = { $name } không còn trong sơ đồ
## Kinds, states and sides named in a change (change-word- and the English words, spaces as hyphens)
change-word-available = còn trống
change-word-on-hold = đang giữ chỗ
change-word-reserved = đã đặt chỗ
change-word-sold = đã bán
change-word-pillar = cột
change-word-fire-equipment = thiết bị PCCC
change-word-service-core = lõi kỹ thuật
change-word-stage = sân khấu
change-word-reserved-aisle = lối đi dành riêng
change-word-theme = khu chủ đề
change-word-pavilion = khu gian hàng
change-word-north = bắc
change-word-east = đông
change-word-south = nam
change-word-west = tây
## Fields of a plan's objects named in a change (change-field- and the English words, spaces as hyphens)
change-field-show-name = tên triển lãm
change-field-venue = địa điểm
change-field-start-date = ngày khai mạc
change-field-end-date = ngày bế mạc
change-field-organiser-contact = liên hệ ban tổ chức
change-field-revision = bản sửa đổi
change-field-currency = tiền tệ
change-field-grid-pitch = bước lưới
change-field-language = ngôn ngữ
change-field-min-aisle = lối đi tối thiểu
change-field-exit-clearance = khoảng trống trước lối thoát hiểm
change-field-fire-equipment-clearance = khoảng trống quanh thiết bị PCCC
change-field-max-travel = quãng đi bộ dài nhất tới lối thoát hiểm
change-field-min-booth-area = diện tích gian tối thiểu
change-field-min-booth-side = cạnh gian ngắn nhất
change-field-area-tolerance = dung sai diện tích
change-field-competitor-facing-gap = khoảng cách đối thủ đối diện nhau
change-field-min-clear-width = chiều rộng thông thủy cho xe lăn
change-field-walk-grid = lưới tính quãng đi bộ
change-field-max-row-length = dãy gian dài nhất
change-field-max-booth-depth = độ sâu gian tối đa
change-field-max-dead-end = ngõ cụt dài nhất
change-field-per-m2 = giá mỗi m²
change-field-open-side-premium = phụ phí mặt mở
change-field-name = tên
change-field-code = mã
change-field-outline = đường bao
change-field-hall = sảnh triển lãm
change-field-kind = loại
change-field-rect = vị trí và kích thước
change-field-label = nhãn
change-field-wall = tường
change-field-at = vị trí
change-field-width = chiều rộng
change-field-clearance = khoảng trống
change-field-colour = màu
change-field-areas = các vùng
change-field-price-per-m2 = giá mỗi m²
change-field-number = số
change-field-status = trạng thái
change-field-price-override = giá riêng
change-field-exhibitor = đơn vị trưng bày
change-field-country = quốc gia
change-field-sector = lĩnh vực
change-field-contracted-area = diện tích hợp đồng
change-field-preferred-zone = khu vực mong muốn
change-field-competitors = đối thủ cạnh tranh
change-field-priority = độ ưu tiên
change-field-contact-person = người liên hệ
change-field-contact-email = thư điện tử liên hệ
change-field-contact-phone = điện thoại liên hệ
change-field-notes = ghi chú
change-field-external-id = mã bên ngoài
change-field-file = tệp
change-field-sha256 = mã băm tệp (SHA-256)
change-field-page = trang
change-field-um-per = tỷ lệ (µm mỗi điểm ảnh)
change-field-opacity = độ đục
change-field-locked = khóa
change-field-hidden = ẩn

## Export messages

export-error-io = không ghi được tệp: { $error }, tại { $path }
export-error-format = không thể xuất { $what } dạng .{ $extension } (hãy dùng { $supported }), tại { $path }
export-error-render = vẽ không thành công: { $error }
export-what-map = sơ đồ
export-what-list = danh sách
export-rows-written = đã ghi { $count } dòng vào { $path }
export-cp949-plain = { " " }({ $count } chữ CP949 không có được ghi không dấu)
export-cp949-unknown = { " " }({ $count } ký tự CP949 không có đã thành ?)
export-no-hall = không có sảnh triển lãm nào tên "{ $hall }"
export-no-booth-or-exhibitor = không có gian hàng hay đơn vị trưng bày đã được xếp gian nào là "{ $what }"
export-booth-in-other-hall = gian { $booth } nằm ở { $hall }, không phải { $asked }: bỏ --hall, hoặc chỉ định đúng sảnh của gian đó
export-holds-no-booth = { $exhibitor } chưa có gian hàng nào
export-no-booth = không có gian { $booth }
