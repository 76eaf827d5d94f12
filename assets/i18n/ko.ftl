# boothplan — Korean catalogue (한국어).
#
# One message per key; every catalogue (en, ko, vi) has the same keys with the same
# $parameters (a test checks). Korean has no plural forms, so $count is used as is;
# areas, money and dates arrive already written the language's way.

## Menus

menu-file = 파일
menu-edit = 편집
menu-view = 보기
menu-draw = 그리기
menu-settings = 설정
menu-language = 언어
menu-open-recent = 최근 파일 열기
menu-no-recent = 최근 파일 없음
menu-export = 내보내기
menu-arrange = 맞춤 및 간격
menu-layers = 레이어

tool-select = 선택
tool-new-booth = 새 부스
tool-booth-block = 부스 블록
tool-measure = 측정
tool-drawing = 그리기: { $tool }

## Status bar

status-booths = 부스 { $count }개
status-allocated = 참가업체 배정 { $allocated } / { $count }
status-area-sold = 판매 면적 { $area }
status-errors = 오류 { $count }건
status-warnings = 경고 { $count }건

## Booth statuses and types

status-available = 판매 가능
status-on-hold = 보류
status-reserved = 예약
status-sold = 판매 완료
booth-type-enclosed = 폐쇄형
booth-type-inline = 일반형
booth-type-corner = 코너형
booth-type-through = 관통형
booth-type-peninsula = 반독립형
booth-type-island = 독립형

## Sales

sales-title = 판매 현황
sales-by-hall = 전시장
sales-by-zone = 구역·파빌리온
sales-by-country = 국가
sales-by-sector = 업종
sales-by-type = 부스 유형
sales-measure = 막대 기준:
sales-measure-area = 면적(m²)
sales-measure-booths = 부스 수
sales-measure-revenue = 매출
sales-col-booths = 부스 수
sales-col-area = 면적
sales-col-revenue = 매출
sales-col-booths-sold = 판매 부스 / 전체
sales-col-area-sold = 판매 면적 / 전체
sales-total = 합계
sales-booked = 확정 매출
sales-pending = 예정 매출
sales-potential = 잠재 매출
sales-average-per-m2 = m²당 평균 단가
sales-revenue-line = 매출: 확정 { $booked }, 예정 { $pending }, 잠재 { $potential }
sales-waiting = 부스 미배정 참가업체 { $count }곳 (계약 면적 { $area })
sales-click-hint = 막대나 이름을 클릭하면 배치도에서 해당 부스가 선택됩니다.
sales-select-group = 배치도에서 해당 부스를 선택합니다.
sales-selected = 부스 { $count }개를 선택했습니다.
sales-no-zone = (구역 없음)
sales-no-company = (참가업체 없음)
sales-other = 기타

## Commands: menu label, and -tip for the tooltip

cmd-new = 새로 만들기
cmd-new-tip = 빈 배치도를 새로 만듭니다.
cmd-open = 열기…
cmd-open-tip = 배치도 파일을 엽니다.
cmd-save = 저장
cmd-save-tip = 현재 파일에 저장합니다.
cmd-save-as = 다른 이름으로 저장…
cmd-save-as-tip = 새 파일로 저장합니다.
cmd-quit = 끝내기
cmd-quit-tip = 프로그램을 종료합니다.
cmd-undo = 실행 취소
cmd-undo-tip = 마지막 작업을 취소합니다.
cmd-redo = 다시 실행
cmd-redo-tip = 취소한 작업을 다시 실행합니다.
cmd-delete = 삭제
cmd-delete-tip = 선택한 부스, 참가업체, 전시장 시설물을 모두 삭제합니다.
cmd-duplicate = 복제
cmd-duplicate-tip = 선택한 부스와 전시장 시설물을 바로 옆에 복제합니다.
cmd-select-all = 모두 선택
cmd-select-all-tip = 모든 부스를 선택합니다.
cmd-rotate = 회전
cmd-rotate-tip = 선택한 부스와 장애물의 너비와 깊이를 서로 바꿉니다.
cmd-zoom-to-fit = 화면에 맞추기
cmd-zoom-to-fit-tip = 전시장 전체가 한 화면에 보이도록 확대/축소합니다.
cmd-zoom-to-selection = 선택 항목에 맞추기
cmd-zoom-to-selection-tip = 선택한 항목에 맞춰 확대/축소합니다(참가업체는 해당 참가업체의 부스 기준).
cmd-go-to = 이동…
cmd-go-to-tip = 부스, 참가업체, 전시장, 구역 이름을 입력해 찾아서 바로 이동합니다.
cmd-toggle-grid = 격자
cmd-toggle-grid-tip = 격자를 표시하거나 숨깁니다.
cmd-toggle-labels = 라벨
cmd-toggle-labels-tip = 부스 라벨을 표시하거나 숨깁니다.
cmd-toggle-heat-map = 보행 거리 히트맵
cmd-toggle-heat-map-tip = 보행 거리 히트맵을 표시하거나 숨깁니다.
cmd-toggle-zones = 구역·파빌리온
cmd-toggle-zones-tip = 구역과 파빌리온을 표시하거나 숨깁니다.
cmd-toggle-obstacles = 장애물
cmd-toggle-obstacles-tip = 장애물(기둥, 소화설비, 서비스 코어, 무대, 통로)을 표시하거나 숨깁니다.
cmd-toggle-legend = 범례
cmd-toggle-legend-tip = 범례를 표시하거나 숨깁니다.
cmd-toggle-drawings = 전시장 도면
cmd-toggle-drawings-tip = 전시장 도면을 표시하거나 숨깁니다.
cmd-colour-by-status = 상태별 색상
cmd-colour-by-status-tip = 부스를 상태별 색상으로 구분합니다.
cmd-colour-by-zone = 구역별 색상
cmd-colour-by-zone-tip = 부스를 구역별 색상으로 구분합니다.
cmd-colour-by-sector = 업종별 색상
cmd-colour-by-sector-tip = 부스를 업종별 색상으로 구분합니다.
cmd-toggle-theme = 밝게 / 어둡게
cmd-toggle-theme-tip = 밝은 테마와 어두운 테마를 전환합니다.
cmd-select-tool = 선택 도구
cmd-select-tool-tip = 부스와 전시장 시설물을 선택하고, 옮기고, 크기를 조절합니다.
cmd-booth-tool = 새 부스 도구
cmd-booth-tool-tip = 격자 위에 새 부스를 그립니다.
cmd-block-tool = 부스 블록 도구
cmd-block-tool-tip = 사각형 영역을 부스 블록으로 채웁니다.
cmd-measure-tool = 측정 도구
cmd-measure-tool-tip = 거리와 유효 폭을 측정합니다.
cmd-import-exhibitors = 참가업체 가져오기…
cmd-import-exhibitors-tip = CSV 또는 XLSX 목록에서 참가업체를 가져옵니다.
cmd-allocate = 부스 배정…
cmd-allocate-tip = 부스가 배정되지 않은 참가업체에 부스 배정안을 제안합니다.
cmd-export-map = 배치도 내보내기…
cmd-export-map-tip = 배치도를 SVG, PNG 또는 HTML로 내보냅니다(선택한 부스는 강조 표시).
cmd-export-list = 배정 목록 내보내기…
cmd-export-list-tip = 부스 배정 목록을 CSV로 내보냅니다.
cmd-export-directory = 참가업체 디렉터리 내보내기…
cmd-export-directory-tip = 참가업체 디렉터리를 CSV로 내보냅니다.
cmd-export-packs = 참가업체 안내 자료 내보내기…
cmd-export-packs-tip = 배정된 부스마다 PDF 안내 자료를 하나씩 만들어 폴더에 저장합니다.
cmd-show-settings = 전시회 설정…
cmd-show-settings-tip = 전시회명, 기간, 단가, 격자 및 전시장 규정
cmd-renumber = 번호 다시 매기기…
cmd-renumber-tip = 선택한 부스에 부스 블록과 같은 방식으로 줄과 순서에 따라 번호를 매깁니다.
cmd-compare-with = 다른 버전과 비교…
cmd-compare-with-tip = 다른 버전(파일, 마지막 저장본 또는 백업) 이후 바뀐 내용을 보여 줍니다.
cmd-resolve-conflicts = 충돌 해결…
cmd-resolve-conflicts-tip = 병합 후 남은 충돌을 보여 주고, 항목마다 내 변경과 상대 변경 중 하나를 선택하게 합니다.
cmd-merge-booths = 부스 합치기
cmd-merge-booths-tip = 선택한 빈 부스들이 하나의 사각형을 이루면 한 부스로 합칩니다.
cmd-split-booth = 부스 나누기…
cmd-split-booth-tip = 선택한 빈 부스를 같은 크기로 나눕니다.
cmd-arrange-left = 왼쪽 맞춤
cmd-arrange-left-tip = 왼쪽 가장자리를 가장 왼쪽 항목에 맞춥니다.
cmd-arrange-centres-across = 가로 가운데 맞춤
cmd-arrange-centres-across-tip = 중심을 하나의 세로선(전체의 가운데)에 맞춥니다.
cmd-arrange-right = 오른쪽 맞춤
cmd-arrange-right-tip = 오른쪽 가장자리를 가장 오른쪽 항목에 맞춥니다.
cmd-arrange-top = 위쪽 맞춤
cmd-arrange-top-tip = 위쪽(북쪽) 가장자리를 가장 위쪽 항목에 맞춥니다.
cmd-arrange-centres-down = 세로 가운데 맞춤
cmd-arrange-centres-down-tip = 중심을 하나의 가로선(전체의 가운데)에 맞춥니다.
cmd-arrange-bottom = 아래쪽 맞춤
cmd-arrange-bottom-tip = 아래쪽(남쪽) 가장자리를 가장 아래쪽 항목에 맞춥니다.
cmd-arrange-spread-across = 가로 간격을 동일하게
cmd-arrange-spread-across-tip = 양 끝 항목은 그대로 두고 왼쪽에서 오른쪽까지 간격을 같게 맞춥니다.
cmd-arrange-spread-down = 세로 간격을 동일하게
cmd-arrange-spread-down-tip = 양 끝 항목은 그대로 두고 위에서 아래까지 간격을 같게 맞춥니다.
cmd-sales = 판매 현황…
cmd-sales-tip = 전시장, 구역, 국가, 업종, 부스 유형별 판매 현황을 보여 줍니다.
cmd-language-en = English
cmd-language-en-tip = 메뉴, 패널, 대화 상자, 검사 결과를 영어로 표시합니다.
cmd-language-ko = 한국어
cmd-language-ko-tip = 메뉴, 패널, 대화 상자, 검사 결과를 한국어로 표시합니다.
cmd-language-vi = Tiếng Việt (베트남어)
cmd-language-vi-tip = 메뉴, 패널, 대화 상자, 검사 결과를 베트남어로 표시합니다.

## Reports

report-sales-heading = { $show } 판매 현황 (개정 { $revision })
report-sales-title = { $show } 판매 현황
report-sales-subtitle = 개정 { $revision } · { $date } 출력
report-booths = 부스 { $count }개
report-breakdown-heading = { $breakdown }별: 판매 부스 / 전체, 판매 면적 / 전체, 확정 매출
report-average-per-m2 = m²당 평균 { $price }
report-bars-floor = 막대: 면적(m²)
report-footer = { $pages }쪽 중 { $page }쪽 · { $date } 출력 · { $show } · 개정 { $revision }

## UI batch b

## Problems panel

severity-error = 오류
severity-warning = 경고
severity-info = 정보
problems-title = 문제
problems-errors = 오류 { $count }건
problems-warnings = 경고 { $count }건
problems-infos = 정보 { $count }건
problems-rule-heading = { $severity }: { $rule } ({ $count }건)
problems-more = 외 { $count }건

## Inspector

inspector-title = 속성
inspector-hint = 부스나 참가업체, 또는 도면 위에 그려진 항목을 선택하세요.
inspector-selected = { $what } 선택됨
inspector-booth-area = 부스 면적 { $area }
inspector-keep-only = 다음만 선택 유지:
inspector-keep-booths = 부스
inspector-keep-companies = 참가업체
inspector-keep-venue = 전시장 시설물
inspector-booth-heading = 부스 { $number }
inspector-number = 번호
inspector-status = 상태
inspector-price-override = 개별 가격
inspector-not-a-price = 올바른 가격이 아닙니다: "{ $text }"
inspector-exhibitor = 참가업체
inspector-none = 없음
inspector-select-company = 참가업체 선택
inspector-unassign = 배정 해제
inspector-size = 크기
inspector-area = 면적
inspector-type = 유형
inspector-open-sides = 개방면
inspector-zone = 구역
inspector-price = 가격
inspector-name = 참가업체명
inspector-country = 국가
inspector-sector = 업종
inspector-email = 이메일
inspector-contact = 담당자
inspector-notes = 메모
inspector-contracted-area = 계약 면적 (m²)
inspector-not-an-area = 올바른 면적(m²)이 아닙니다: "{ $text }"
inspector-priority = 우선순위
inspector-not-a-whole-number = 정수가 아닙니다: "{ $text }"
inspector-competitors = 경쟁업체
inspector-remove = 제거
inspector-add-competitor = 경쟁업체 추가
inspector-choose = 선택…
inspector-booths = 부스:
inspector-no-booths-yet = 아직 없음: 참가업체를 부스로 끌어다 놓으세요
inspector-remove-company = 참가업체 삭제
inspector-remove-company-tip = 배정된 부스가 비워집니다. 실행 취소로 되돌릴 수 있습니다
inspector-company-removed = { $name } 삭제됨 — Ctrl+Z로 되돌릴 수 있습니다

## Venue inspector

venue-x = X 좌표 (m)
venue-y = Y 좌표 (m)
venue-width = 너비 (m)
venue-depth = 깊이 (m)
venue-size-not-positive = 크기는 0보다 커야 합니다("{ $text }" 입력됨)
venue-not-a-length = 올바른 길이(미터)가 아닙니다: "{ $text }"
venue-label = 레이블
venue-kind = 종류
venue-exit-heading = 비상구 { $label }
venue-wall = 벽
venue-along-wall = 벽을 따른 위치 (m)
venue-not-a-door-width = 올바른 문 너비가 아닙니다: "{ $text }"
venue-zone-heading = 구역 { $name }
venue-name = 이름
venue-price-per-m2 = m²당 가격
venue-not-a-price = 올바른 가격이 아닙니다: "{ $text }"
venue-colour = 색상
venue-areas = 영역
venue-areas-count = { $count }개 (모서리를 끌어 크기 조정)
venue-code = 코드
venue-hall-has-wings = 전시장 { $hall }: { $count }개 부분으로 이루어져 있습니다. 각 부분의 모서리를 끌어 크기를 조정하세요
venue-hint-exit = 벽을 따라 끌어서 옮깁니다. Delete 키로 삭제합니다(Ctrl+Z로 되돌리기).
venue-hint-hall = 화살표 키로 옮기고, 모서리를 끌어 각 부분의 크기를 조정합니다. Delete 키로 삭제합니다(Ctrl+Z로 되돌리기).
venue-hint-move = 끌어서 옮깁니다. Delete 키로 삭제합니다(Ctrl+Z로 되돌리기).
venue-zone-theme = 테마 구역
venue-zone-pavilion = 파빌리온
venue-obstacle-pillar = 기둥
venue-obstacle-fire-equipment = 소화설비
venue-obstacle-service-core = 서비스 코어
venue-obstacle-stage = 무대 / 설치 금지 구역
venue-obstacle-reserved-aisle = 지정 통로
venue-side-north = 북쪽
venue-side-east = 동쪽
venue-side-south = 남쪽
venue-side-west = 서쪽

## Exhibitors panel

exhibitors-title = 참가업체
exhibitors-search = 검색
exhibitors-search-hint = 참가업체명, 부스 번호 또는 국가
exhibitors-unallocated = 미배정
exhibitors-any-zone = 모든 구역
exhibitors-zone = 구역
exhibitors-sector = 업종
exhibitors-any-sector = 모든 업종
exhibitors-country = 국가
exhibitors-any-country = 모든 국가
exhibitors-shown = { $count }곳 표시 · 참가업체를 부스로 끌어다 놓으면 배정됩니다
exhibitors-no-booth = 부스 없음

## UI batch c

## UI batch c: layout_tools, show_settings, drawings, goto, renumber, reshape (ko)

layout-tools-filter-list = 참가업체 목록
layout-tools-packs-folder = 참가업체 안내 자료를 저장할 폴더
layout-tools-filter-export = 내보내기 파일
layout-tools-exported = 내보냈습니다: { $path }
layout-tools-exported-note = 내보냈습니다: { $path } ({ $note })
layout-tools-export-failed = 내보낼 수 없습니다
layout-tools-read-failed = 목록을 읽을 수 없습니다
layout-tools-import-heading = 참가업체 가져오기
layout-tools-import-summary = { $path }: 정상 { $count }행, 문제 있음 { $problems }행
layout-tools-unused-columns = 사용하지 않는 열: { $columns }
layout-tools-col-line = 행
layout-tools-col-company = 참가업체명
layout-tools-col-country = 국가
layout-tools-col-area = 면적 m²
layout-tools-col-problem = 문제
layout-tools-more-rows = 외 { $count }행 더 있음
layout-tools-import-rows = { $count }행 가져오기
layout-tools-imported = 참가업체 { $count }개사 추가, { $updated }개사 갱신
layout-tools-cancel = 취소
layout-tools-allocate-heading = 참가업체 부스 배정
layout-tools-allocate-keep = 이미 부스가 있는 참가업체는 그대로 두고, 부스가 없는 참가업체만 배정합니다.
layout-tools-allocate-merge = 맞는 부스가 없는 참가업체에는 인접한 빈 부스를 병합해 배정
layout-tools-merge-for = { $company }: { $booths } 병합
layout-tools-apply-assignments = 배정 { $count }건 적용
layout-tools-allocated = 참가업체 { $count }개사 배정 완료
layout-tools-generate-heading = 부스 블록 생성
layout-tools-booth-width = 부스 폭 m
layout-tools-booth-depth = 깊이 m
layout-tools-longest-row = 최대 열 길이 m
layout-tools-block-summary = 부스 { $count }개 (평면도에 표시됨); 규정 위반이 없도록 { $pruned }개 제외
layout-tools-add-booths = 부스 { $count }개 추가
show-settings-rule-min-aisle = 최소 통로 폭
show-settings-rule-exit-clearance = 비상구 앞 확보 거리
show-settings-rule-fire-clearance = 소화설비 주변 확보 거리
show-settings-rule-max-travel = 비상구까지 최대 보행 거리
show-settings-rule-max-dead-end = 막다른 통로 최대 길이
show-settings-rule-max-row = 부스 열 최대 길이
show-settings-rule-max-depth = 부스 최대 깊이
show-settings-rule-min-area = 부스 최소 면적
show-settings-rule-min-side = 부스 최소 변 길이
show-settings-rule-area-tolerance = 면적 허용 오차
show-settings-rule-competitor-gap = 경쟁사 마주보기 제한 거리
show-settings-rule-clear-width = 휠체어 통행 유효 폭
show-settings-rule-walk-grid = 보행 거리 계산 격자
show-settings-heading = 전시회 설정
show-settings-rules-heading = 전시장 규정 (기본값은 소방 당국 및 전시장 기준)
show-settings-not-number-zero-ok = { $rule }: 0 이상의 숫자여야 합니다("{ $text }" 입력됨)
show-settings-not-number-positive = { $rule }: 0보다 큰 숫자여야 합니다("{ $text }" 입력됨)
show-settings-rule-default = 기본값 { $value }
show-settings-restore-rules = 기본 규정으로 되돌리기
show-settings-close = 닫기
show-settings-show-name = 전시회명
show-settings-venue = 전시장
show-settings-first-day = 개막일
show-settings-last-day = 폐막일
show-settings-contact = 주최 측 연락처
show-settings-currency = 통화
show-settings-grid-pitch = 격자 간격
show-settings-price-per-m2 = m²당 가격 ({ $currency })
show-settings-not-price = 올바른 가격이 아닙니다: "{ $text }"
show-settings-open-side-premium = 개방면 추가 할증, 두 번째 면부터 면당 (%)
show-settings-not-percentage = 올바른 백분율이 아닙니다: "{ $text }"
drawings-filter = 전시장 도면
drawings-relinked = 이제 도면을 { $path }에서 읽습니다
drawings-reading-status = 도면을 읽는 중…
drawings-busy = 다른 도면을 읽고 있습니다. 끝날 때까지 기다려 주세요
drawings-calibrate-heading = 도면 축척 맞추기
drawings-calibrate-question = 클릭한 두 점 사이의 실제 거리는 얼마입니까?
drawings-distance = 거리 (m)
drawings-distance-hint = 거리를 미터 단위로 입력하세요 (예: 12.5)
drawings-gone = 도면이 삭제되었습니다
drawings-pixel-size = 도면의 1픽셀은 실제 바닥에서 { $size }입니다.
drawings-calibrate-button = 축척 맞추기
drawings-calibrated = 도면 축척을 맞췄습니다
drawings-cancel = 취소
drawings-heading = 전시장 도면
drawings-add = 전시장 도면 추가…
drawings-reading = 읽는 중…
drawings-find-file = 파일 찾기…
drawings-find-file-tip = 파일을 옮기거나 이름을 바꾸었나요? 새 위치를 지정하면 축척 설정은 그대로 유지됩니다
drawings-size = { $width } × { $height } px, 1픽셀 = { $pixel }
drawings-changed = 도면을 배치한 뒤 파일이 변경되었습니다.
drawings-keep-changed = 변경된 파일 사용
drawings-page = 페이지
drawings-opacity = 불투명도 %
drawings-locked = 잠금
drawings-hidden = 숨김
drawings-calibrate = 축척 맞추기…
drawings-calibrate-tip = 도면에서 두 점을 클릭한 뒤 두 점 사이의 거리를 입력하세요. 도면을 끌어서 위치를 맞출 수 있습니다
drawings-calibrate-status = 축척 맞추기: 거리를 알고 있는 도면 위의 두 점을 클릭하세요
drawings-remove = 도면 제거
goto-available = 판매 가능
goto-booth = { $booth } 부스 — { $company }
goto-company-no-booth = { $company } (부스 미배정)
goto-company = { $company } — 부스 { $booths }
goto-hall = 전시장: { $hall }
goto-zone = 구역: { $zone }
goto-heading = 이동
goto-field = 부스 번호, 참가업체명, 전시장 또는 구역
goto-hint = 예: A-101, 한빛, vien thong, Hall 2…
goto-nothing = “{ $text }”에 해당하는 항목이 없습니다.
goto-went = 이동했습니다: { $place }
goto-cancel = 취소
renumber-heading = 부스 { $count }개 번호 다시 매기기
renumber-explain = 전시장 코드, 열, 열 안의 순서로 매깁니다. 열은 위쪽부터, 순서는 왼쪽부터 셉니다.
renumber-first-row = 시작 열 번호
renumber-bad-row = 시작 열 번호는 1에서 9999 사이의 정수여야 합니다.
renumber-cancel = 취소
renumber-more = 외 { $count }개
renumber-taken-by = { $number } 번호는 이미 다른 부스에서 쓰고 있습니다 (부스 { $booth })
renumber-taken = { $number } 번호는 이미 다른 부스에서 쓰고 있습니다
renumber-apply = 적용
renumber-apply-disabled = 다른 부스와 번호가 겹치지 않는 시작 열을 고르세요
renumber-done = 부스 { $count }개의 번호를 다시 매겼습니다 — Ctrl+Z를 누르면 원래 번호로 돌아갑니다
reshape-merged = 부스 { $count }개를 { $booth } 부스로 병합했습니다
reshape-merge-failed = 이 부스들은 병합할 수 없습니다
reshape-split-heading = { $booth } 부스 분할
reshape-parts = 분할 수
reshape-side-by-side = 나란히 (폭 방향으로 나눔)
reshape-one-behind = 앞뒤로 (깊이 방향으로 나눔)
reshape-split-equal = { $size } 부스 { $count }개, 번호 { $number }A, { $number }B, …
reshape-split-sizes = 부스 { $count }개: { $sizes }
reshape-split = 분할
reshape-split-done = 부스 { $count }개로 분할했습니다
reshape-split-failed = 이 부스는 분할할 수 없습니다
reshape-cancel = 취소

## UI batch d

## Canvas: tools and what stands on the floor

canvas-tool-calibrate = 도면 보정
canvas-tool-hall = 전시장
canvas-tool-exit = 비상구
canvas-tool-zone = 구역
canvas-tool-pavilion = 파빌리온
canvas-obstacle-pillar = 기둥
canvas-obstacle-fire-equipment = 소화설비
canvas-obstacle-service-core = 서비스 코어
canvas-obstacle-stage = 무대 / 설치 금지 구역
canvas-obstacle-reserved-aisle = 지정 통로
canvas-thing-pillar = 기둥
canvas-thing-fire-equipment = 소화설비
canvas-thing-service-core = 서비스 코어
canvas-thing-stage = 무대 / 설치 금지 구역
canvas-thing-reserved-aisle = 지정 통로
canvas-thing-booth = 부스
canvas-thing-wall = 벽
canvas-side-north = 북쪽
canvas-side-east = 동쪽
canvas-side-south = 남쪽
canvas-side-west = 서쪽
canvas-side-north-title = 북쪽
canvas-side-east-title = 동쪽
canvas-side-south-title = 남쪽
canvas-side-west-title = 서쪽
canvas-count-pillars = 기둥 { $count }개
canvas-count-fire-equipment = 소화설비 { $count }개
canvas-count-service-cores = 서비스 코어 { $count }개
canvas-count-stages = 무대 { $count }개
canvas-count-reserved-aisles = 지정 통로 { $count }개
canvas-count-obstacles = 장애물 { $count }개
canvas-count-exits = 비상구 { $count }개
canvas-count-pavilions = 파빌리온 { $count }개
canvas-count-zones = 구역 { $count }개
canvas-count-halls = 전시장 { $count }개
canvas-copy-name = { $name } (사본)

## Canvas: booth card and allocation

canvas-allocated = { $company }: { $booth } 부스에 배정했습니다
canvas-open-none = 없음
canvas-tip-type-open = { $type } · 개방면: { $sides }
canvas-tip-status = 상태: { $status }
canvas-tip-price = 가격: { $price }
canvas-tip-no-exhibitor = 참가업체 없음

## Canvas: legend

canvas-legend = 범례
canvas-legend-by-status = 상태별 부스
canvas-legend-by-zone = 구역별 부스
canvas-legend-by-sector = 업종별 부스
canvas-legend-no-zone = 구역 없음
canvas-legend-no-company = 참가업체 없음
canvas-legend-more-zones = 외 구역 { $count }개
canvas-legend-more-sectors = 외 업종 { $count }개
canvas-legend-has-error = 오류 있음
canvas-legend-has-warning = 경고 있음
canvas-legend-selected = 선택됨
canvas-legend-on-floor = 전시장 시설물
canvas-legend-exit = 비상구 및 확보 공간
canvas-legend-hidden = 숨김: { $layers }
canvas-layer-zones = 구역
canvas-layer-obstacles = 장애물
canvas-layer-drawings = 도면
canvas-layer-labels = 라벨
canvas-layer-grid = 격자

## Canvas: measure tool

canvas-measure-distance = { $length } (가로 { $across }, 세로 { $down })
canvas-measure-touch = { $from }, { $to } 맞닿음
canvas-measure-clear-width = 유효 폭 { $from }–{ $to }: { $gap }
canvas-measure-no-passage = { $from }–{ $to } 통행로 없음 (간격 { $gap }): 사이에 { $between }
canvas-measure-diagonal = { $from }–{ $to } 이격 거리: { $distance } (모서리 간)
canvas-list-two = { $first } 및 { $second }
canvas-list-more = { $first }, { $second } 외 { $count }개
canvas-around-side = { $side }: { $what }까지 { $gap }
canvas-around-wall = 가장 가까운 벽: { $gap } ({ $side })

## Canvas: venue drawings

canvas-calibrate-click-drawing = 보정할 도면을 클릭하세요 (표시되어 있고 잠기지 않은 도면)
canvas-calibrate-first-point = 첫 번째 점을 지정했습니다. 거리를 알고 있는 두 번째 점을 클릭하세요
canvas-drawing-not-added = 도면을 추가하지 못했습니다
canvas-drawing-add-failed = 도면을 추가할 수 없습니다
canvas-drawing-hall-gone = 도면을 넣을 전시장이 없어져 도면을 추가하지 않았습니다
canvas-drawing-added = { $hall }에 도면을 추가하고 전시장 너비에 맞췄습니다. 축척은 그리기 → 도면 보정에서 설정하세요
canvas-drawing-reading = 도면을 읽는 중… { $percent } %
canvas-drawing-reading-hall = { $hall } 도면을 읽는 중… { $percent } %
canvas-drawing-not-shown = { $hall } 도면을 표시하지 못했습니다: { $reason }
canvas-drawing-changed = { $hall } 도면({ $file })이 배치한 뒤 변경되었습니다. 보정을 확인하세요
canvas-drawing-start-failed = 읽기를 시작하지 못했습니다: { $error }
canvas-drawing-stopped = 읽는 도중 예기치 않게 중단되었습니다
canvas-drawing-path-stopped = { $path } 읽기가 예기치 않게 중단되었습니다

## Canvas: walking-distance heat map

canvas-heat-exit = 비상구
canvas-heat-limit = 한도 { $limit }
canvas-heat-title = 가장 가까운 비상구까지 보행 거리

## UI batch a

## 파일: 열기, 저장, 저장하지 않은 변경 사항 확인, 경로 입력, 복원

files-plan-filter = boothplan 배치도
files-opened = { $path } 파일을 열었습니다
files-could-not-open = 배치도를 열 수 없습니다
files-saved = { $path }에 저장했습니다 (개정 { $revision })
files-could-not-save = 저장할 수 없습니다
files-unsaved-changes = 저장하지 않은 변경 사항
files-save-changes-first = { $name }의 변경 사항을 먼저 저장하시겠습니까?
files-save = 저장
files-discard = 저장 안 함
files-cancel = 취소
files-plan-unchanged = 배치도는 변경되지 않았습니다.
files-ok = 확인
files-path-open = 배치도 열기
files-path-save-as = 다른 이름으로 배치도 저장
files-path-import = 참가업체를 가져올 파일
files-path-export = 내보낼 위치
files-path-drawing = 전시장 도면
files-path-relink = 도면 파일의 현재 위치
files-path-compare = 비교할 배치도
files-no-file-dialog = 여기서는 파일 선택 창을 열 수 없습니다. 파일 경로를 직접 입력하세요.
files-path = 경로
files-hint-import = /path/to/exhibitors.csv 또는 .xlsx
files-hint-map = /path/to/map.pdf, .png, .svg 또는 .html
files-hint-packs = /path/to/안내 자료를 저장할 폴더
files-hint-drawing = /path/to/hall-plan.pdf, .png 또는 .jpg
files-open = 열기
files-read = 읽기
files-export = 내보내기
files-add = 추가
files-use-this-file = 이 파일 사용
files-compare = 비교
files-restore-unsaved-work = 저장하지 않은 작업을 복원하시겠습니까?
files-closed-with-changes-to = boothplan이 { $path }의 변경 사항을 저장하지 않은 채 종료되었습니다.
files-closed-with-changes-to-new = boothplan이 새 배치도의 변경 사항을 저장하지 않은 채 종료되었습니다.
files-restore = 복원

## 공동 작업: 디스크에서 변경된 파일, 다른 버전과 비교, 충돌 해결

team-changed-on-disk = 디스크의 파일이 변경되었습니다
team-changed-by-others = 파일을 열거나 마지막으로 저장한 뒤 다른 프로그램이나 사용자가 { $name } 파일을 변경했습니다.
team-nothing-saved = 저장하지 않았습니다. 저장하면 다른 사람의 변경 사항을 덮어쓰게 됩니다.
team-merge-or-reload = 병합하면 다른 사람의 변경 사항을 내 변경 사항에 합칩니다(같은 항목을 양쪽에서 바꾼 경우 내 변경을 유지하고, 상대 변경은 해결할 목록에 올립니다). 다시 불러오면 저장하지 않은 변경 사항은 사라집니다.
team-no-unsaved-changes = 저장하지 않은 변경 사항이 없습니다. 다시 불러오면 파일의 현재 내용이 표시됩니다.
team-merge = 병합
team-merge-tip = 상대 변경과 내 변경을 합쳐 한 번에 실행 취소할 수 있는 단계로 적용합니다
team-compare = 비교
team-compare-tip = 파일을 열거나 마지막으로 저장한 뒤 디스크에서 바뀐 내용
team-made-on-disk = 파일을 열거나 저장한 뒤 디스크에서
team-could-not-read-file = 파일을 읽을 수 없습니다
team-reload = 다시 불러오기
team-reload-tip = 파일의 현재 내용을 불러옵니다. 저장하지 않은 변경 사항은 사라집니다
team-reloaded = 디스크에서 파일을 다시 불러왔습니다
team-could-not-reload = 다시 불러올 수 없습니다
team-save-as = 다른 이름으로 저장…
team-save-as-tip = 둘 다 보관: 내 배치도를 다른 파일로 저장합니다
team-not-now = 나중에
team-merged = 디스크의 변경 사항을 병합했습니다. 결과를 유지하려면 저장하세요
team-merged-with-conflicts = 디스크의 변경 사항을 병합했습니다. 해결할 충돌 { $count }건
team-could-not-merge = 병합할 수 없습니다
team-compare-with = 다른 버전과 비교
team-compare-with-intro = 다른 버전과 비교해 지금 배치도에서 무엇이 바뀌었는지 보여 줍니다.
team-a-file = 파일…
team-last-saved = 마지막 저장본
team-last-saved-tip = 마지막으로 열거나 저장했을 때의 배치도
team-the-last-saved-version = 마지막 저장본
team-no-file-yet = 배치도가 아직 파일로 저장되지 않았습니다
team-backup-tip = { $path } (마지막 저장 직전 버전)
team-backup = 백업 (.bak)
team-cancel = 취소
team-could-not-read-plan = 비교할 배치도를 읽을 수 없습니다
team-since = { $with } 이후
team-showing-changes = { $with } 바뀐 내용을 표시합니다
team-changes = 변경 내역
team-dashed-outlines = 바닥의 점선 윤곽은 부스가 있던 자리입니다.
team-resolve-conflicts = 충돌 해결 ({ $count })
team-conflicts-intro = 병합하면서 아래 항목은 모두 내 변경을 유지하고 상대 변경을 기록해 두었습니다. 항목마다 한쪽을 선택하세요(항목당 실행 취소 한 단계). 선택하기 전까지 이 목록은 배치도와 함께 저장됩니다.
team-dismiss = 무시
team-keep-ours = 내 변경 유지
team-take-theirs = 상대 변경 적용
team-took-theirs = 상대 변경을 적용했습니다 — 남은 충돌 { $count }건
team-kept-ours = 내 변경을 유지했습니다 — 남은 충돌 { $count }건
team-could-not-resolve = 충돌을 해결할 수 없습니다

## 복구 사본

recovery-written = 복구용 사본을 저장했습니다
recovery-autosave-failed = 자동 저장 실패: { $error }
recovery-restored = 저장하지 않은 작업을 복원했습니다
recovery-could-not-restore = 복원할 수 없습니다

## 백그라운드 내보내기

jobs-already-running = 이미 내보내기가 진행 중입니다
jobs-writing-packs = 참가업체 안내 자료를 { $folder }에 만드는 중
jobs-could-not-start = 안내 자료 작성을 시작할 수 없습니다: { $error }
jobs-export-title = 내보내기
jobs-progress = { $total }개 중 { $done }개
jobs-packs-written = 안내 자료 { $count }개를 만들었습니다
jobs-could-not-export = 안내 자료를 내보낼 수 없습니다
jobs-stopped-unexpectedly = 내보내기가 예기치 않게 중단되었습니다

## 클립보드

clipboard-copied = { $what } 복사함 — Ctrl+V를 누르면 포인터 위치에 붙여 넣습니다
clipboard-nothing-to-copy = 복사할 부스나 장애물을 선택하세요
clipboard-pasted = { $what } 붙여 넣음 — 새 번호, 참가업체 없음. Ctrl+Z를 누르면 취소됩니다
clipboard-nothing-pasted = 붙여 넣지 못했습니다: { $error }
clipboard-cut = { $what } 잘라 냄 — Ctrl+V를 누르면 포인터 위치에 붙여 넣습니다

## 명령 실행 후 상태 표시줄 메시지

actions-arranged = { $how } 적용: { $what }
actions-already-arranged = 이미 정렬되어 있어 움직인 항목이 없습니다
actions-duplicated = { $what } 복제함 — Ctrl+Z를 누르면 복제본이 삭제됩니다
actions-deleted-booth = 부스 { $booth } ({ $area })
actions-deleted-booths = 부스 { $count }개 ({ $area })
actions-deleted-company = 참가업체 { $name }
actions-deleted-pillar = 기둥 { $name }
actions-deleted-fire-equipment = 소화설비 { $name }
actions-deleted-service-core = 서비스 코어 { $name }
actions-deleted-stage = 무대/설치 금지 구역 { $name }
actions-deleted-reserved-aisle = 지정 통로 { $name }
actions-deleted-zone = 구역 { $name }
actions-deleted-hall = { $hall } (이 전시장으로 지정된 부스 { $count }개가 남아 있음)
actions-deleted = { $what } 삭제함 — Ctrl+Z를 누르면 되돌립니다
actions-undone = 실행 취소했습니다
actions-redone = 다시 실행했습니다

## 선택 항목 종류별 개수

selection-booths = 부스 { $count }개
selection-companies = 참가업체 { $count }곳

## Offline HTML map

## Offline HTML map (html-…). `%name` in a message is filled in by the page's script, not by
## Fluent: keep each `%name` as it is (it may move within the sentence).

html-page-title = { $show } — 배치도
html-panel-more = 더 보기
html-search-placeholder = 참가업체명, 부스 번호, 국가 또는 업종
html-search-label = 참가업체, 부스, 국가, 업종 검색
html-list-az = 전체 참가업체 (가나다순)
html-list-sector = 업종별 보기
html-legend = 범례
html-map-label = 전시장 배치도
html-hall = 전시장
html-zoom-in = 확대
html-zoom-out = 축소
html-fit-label = 전체 보기
html-fit = 전체
html-revision = 배치도 개정 { $revision }
html-found-one = 부스 %n개를 찾았습니다.
html-found-many = 부스 %n개를 찾았습니다.
html-shown-some = %total개 중 %shown개 표시: 검색어를 더 입력해 범위를 좁혀 보세요.
html-nothing = “%query”에 해당하는 결과가 없습니다. 참가업체명, 부스 번호, 국가, 업종 또는 구역으로 검색해 보세요.
html-no-booth = 이 배치도에 “%number” 부스가 없습니다.
html-no-sector = 업종 미지정
html-show-more = 더 보기 (%n개 남음)
html-exhibitors-one = 참가업체 %n곳
html-exhibitors-many = 참가업체 %n곳
html-booths-one = 부스 %n개
html-booths-many = 부스 %n개
html-listed-az = %exhibitors · %booths (가나다순)
html-listed-sector = %exhibitors · %booths (업종별)
html-no-exhibitor = 아직 참가업체 없음
html-no-name = (이름 없음)
html-card-zone = 구역
html-card-sector = 업종
html-card-country = 국가
html-card-size = 크기
html-card-type = 부스 유형
html-card-exit = 가장 가까운 출구
html-exit-about = %exit (약 %m m)
html-all-halls = 전체 전시장
html-site = 행사장 전체

## Validation findings

## data.rs
finding-booth-without-number = { $booth } 부스에 부스 번호가 없습니다.
finding-duplicate-booth-number = 부스 { $count }개에 같은 번호({ $number })가 붙어 있습니다.
finding-booth-unknown-exhibitor = { $booth } 부스에 존재하지 않는 참가업체({ $exhibitor })가 배정되어 있습니다.
finding-unknown-competitor = 참가업체 { $company }의 경쟁업체 목록에 존재하지 않는 참가업체({ $competitor })가 있습니다.
finding-unknown-preferred-zone = 참가업체 { $company }의 희망 구역({ $zone })이 존재하지 않습니다.
finding-exit-in-missing-hall = { $exit } 비상구가 속한 전시장({ $hall })이 존재하지 않습니다.
finding-zone-in-missing-hall = { $zone } 구역이 속한 전시장({ $hall })이 존재하지 않습니다.
finding-pillar-in-missing-hall = { $obstacle } 기둥이 속한 전시장({ $hall })이 존재하지 않습니다.
finding-fire-equipment-in-missing-hall = { $obstacle } 소화설비가 속한 전시장({ $hall })이 존재하지 않습니다.
finding-service-core-in-missing-hall = { $obstacle } 서비스 코어가 속한 전시장({ $hall })이 존재하지 않습니다.
finding-stage-in-missing-hall = { $obstacle } 무대/시공 금지 구역이 속한 전시장({ $hall })이 존재하지 않습니다.
finding-reserved-aisle-in-missing-hall = { $obstacle } 지정 통로가 속한 전시장({ $hall })이 존재하지 않습니다.
finding-booth-too-small = { $booth } 부스의 크기가 { $width } × { $depth }({ $area })입니다. 최소 면적은 { $min_area }이고, 각 변은 { $min_side } 이상이어야 합니다.
finding-booth-off-grid = { $booth } 부스의 위치나 크기가 { $pitch } 격자에 맞지 않습니다({ $off }).
finding-allocated-booth-available = { $booth } 부스에 참가업체가 배정되어 있는데 상태가 '판매 가능'으로 되어 있습니다.
finding-allocated-booth-on-hold = { $booth } 부스에 참가업체가 배정되어 있는데 상태가 '보류'로 되어 있습니다.
finding-empty-booth-reserved = { $booth } 부스에 배정된 참가업체가 없는데 상태가 '예약'으로 되어 있습니다.
finding-empty-booth-sold = { $booth } 부스에 배정된 참가업체가 없는데 상태가 '판매 완료'로 되어 있습니다.
finding-exhibitor-without-booth = 참가업체 { $company }(계약 면적 { $area })에 아직 부스가 배정되지 않았습니다.
finding-exhibitor-multiple-booths = 참가업체 { $company }에 부스 { $count }개가 배정되어 있습니다: { $booths }.
finding-area-mismatch = 참가업체 { $company }의 계약 면적은 { $contract }인데 배정 면적은 { $area }입니다({ $change } %).
finding-zone-mismatch = 참가업체 { $company }의 부스가 희망 구역 { $zone } 밖에 있습니다.

## geometry.rs
finding-booth-in-missing-hall = { $booth } 부스가 속한 전시장({ $hall })이 존재하지 않습니다.
finding-booth-outside-hall = { $booth } 부스가 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-booth-no-aisle-access = { $booth } 부스에 통로와 면한 변이 없어 관람객이 들어갈 수 없습니다.
finding-aisle-too-narrow-wall = { $booth } 부스와 전시장 { $hall } 벽 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-booth-overlap = { $booth } 부스와 { $other } 부스가 { $area } 겹칩니다.
finding-aisle-too-narrow-booths = { $booth } 부스와 { $other } 부스 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-competitors-side-by-side = 경쟁 참가업체의 부스가 나란히 붙어 있습니다: { $company }({ $booth }), { $other_company }({ $other }).
finding-competitors-facing = 경쟁 참가업체의 부스가 폭 { $gap } 통로를 사이에 두고 마주 보고 있습니다: { $company }({ $booth }), { $other_company }({ $other }).
finding-pillar-in-booth = { $obstacle } 기둥이 { $booth } 부스 안에 있습니다({ $area }). 참가업체에 알려 주십시오.
finding-booth-covers-fire-equipment = { $booth } 부스가 { $obstacle } 소화설비를 가리고 있습니다({ $area }).
finding-booth-covers-service-core = { $booth } 부스가 { $obstacle } 서비스 코어를 침범하고 있습니다({ $area }).
finding-booth-covers-stage = { $booth } 부스가 { $obstacle } 무대/시공 금지 구역을 침범하고 있습니다({ $area }).
finding-booth-covers-reserved-aisle = { $booth } 부스가 { $obstacle } 지정 통로를 침범하고 있습니다({ $area }).
finding-aisle-too-narrow-pillar = { $booth } 부스와 { $obstacle } 기둥 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-aisle-too-narrow-fire-equipment = { $booth } 부스와 { $obstacle } 소화설비 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-aisle-too-narrow-service-core = { $booth } 부스와 { $obstacle } 서비스 코어 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-aisle-too-narrow-stage = { $booth } 부스와 { $obstacle } 무대/시공 금지 구역 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-aisle-too-narrow-reserved-aisle = { $booth } 부스와 { $obstacle } 지정 통로 사이 통로의 폭이 { $gap }입니다. 최소 폭은 { $min }입니다.
finding-booth-in-exit-clearance = { $booth } 부스가 { $exit } 비상구 앞 확보 구역을 침범하고 있습니다(침범 면적 { $area }).
finding-pillar-in-exit-clearance = { $obstacle } 기둥이 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }).
finding-pillar-in-exit-approach = { $obstacle } 기둥이 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }). 출입구 바로 앞이 막혀 이 비상구는 피난 경로로 인정되지 않습니다.
finding-fire-equipment-in-exit-clearance = { $obstacle } 소화설비가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }).
finding-fire-equipment-in-exit-approach = { $obstacle } 소화설비가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }). 출입구 바로 앞이 막혀 이 비상구는 피난 경로로 인정되지 않습니다.
finding-service-core-in-exit-clearance = { $obstacle } 서비스 코어가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }).
finding-service-core-in-exit-approach = { $obstacle } 서비스 코어가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }). 출입구 바로 앞이 막혀 이 비상구는 피난 경로로 인정되지 않습니다.
finding-stage-in-exit-clearance = { $obstacle } 무대/시공 금지 구역이 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }).
finding-stage-in-exit-approach = { $obstacle } 무대/시공 금지 구역이 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }). 출입구 바로 앞이 막혀 이 비상구는 피난 경로로 인정되지 않습니다.
finding-reserved-aisle-in-exit-clearance = { $obstacle } 지정 통로가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }).
finding-reserved-aisle-in-exit-approach = { $obstacle } 지정 통로가 { $exit } 비상구 앞 확보 구역 안에 있습니다(점유 면적 { $area }). 출입구 바로 앞이 막혀 이 비상구는 피난 경로로 인정되지 않습니다.
finding-booth-near-fire-equipment = { $booth } 부스가 { $obstacle } 소화설비에 너무 가깝습니다. 최소 이격 거리는 { $clearance }입니다.

## reach.rs
finding-exit-unreachable = { $booth } 부스에서 비상구까지 갈 수 없습니다. 폭 { $min } 이상인 통로로 비상구에 이르는 경로가 없습니다.
finding-exit-unreachable-no-exit = { $booth } 부스에서 비상구까지 갈 수 없습니다. 전시장 { $hall }에 비상구가 없습니다.
finding-travel-distance = { $booth } 부스에서 가장 가까운 비상구까지의 보행 거리가 { $walk }입니다. 허용 한도는 { $limit }입니다.
finding-dead-end-aisle = 전시장 { $hall }에 길이 { $length }의 막다른 통로가 있습니다(두 방향으로 빠져나갈 수 있는 지점부터 막힌 끝 x { $x }, y { $y }까지). 허용 한도는 { $limit }입니다.
finding-dead-end-aisle-booths = 전시장 { $hall }에 길이 { $length }의 막다른 통로가 있습니다(두 방향으로 빠져나갈 수 있는 지점부터 막힌 끝 x { $x }, y { $y }까지). 허용 한도는 { $limit }입니다. 이 통로에 면한 부스: { $booths }.
finding-dead-end-aisle-many-booths = 전시장 { $hall }에 길이 { $length }의 막다른 통로가 있습니다(두 방향으로 빠져나갈 수 있는 지점부터 막힌 끝 x { $x }, y { $y }까지). 허용 한도는 { $limit }입니다. 이 통로에 면한 부스: { $booths } 외 { $count }개.

## rows.rs
finding-booth-too-deep = { $booth } 부스 안의 한 지점이 통로에 면한 가장 가까운 변에서 { $depth } 떨어져 있습니다. 허용 한도는 { $limit }입니다.
finding-row-too-long = 부스 { $count }개가 이어진 열({ $ends })이 가로지르는 통로 없이 { $length } 계속됩니다. 허용 한도는 { $limit }입니다.

## sanity.rs
finding-rule-aisle-wider-than-hall = 현장 규정 값이 잘못되었습니다: 최소 통로 폭({ $min })이 전시장 { $hall }({ $width } × { $depth })보다 큽니다.
finding-exit-size-not-positive = { $exit } 비상구 설정이 잘못되었습니다: 폭 { $width }, 확보 거리 { $clearance }. 둘 다 0보다 커야 합니다.
finding-exit-size-not-positive-venue-clearance = { $exit } 비상구 설정이 잘못되었습니다: 폭 { $width }, 확보 거리는 현장 기본값. 둘 다 0보다 커야 합니다.
finding-rule-min-aisle-not-positive = 현장 규정 값이 잘못되었습니다: 최소 통로 폭(min_aisle_mm)이 { $value }입니다. 0보다 커야 합니다.
finding-rule-exit-clearance-not-positive = 현장 규정 값이 잘못되었습니다: 비상구 앞 확보 거리(exit_clearance_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-fire-equipment-clearance-not-positive = 현장 규정 값이 잘못되었습니다: 소화설비 주변 이격 거리(fire_equipment_clearance_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-max-travel-not-positive = 현장 규정 값이 잘못되었습니다: 피난 보행 거리 한도(max_travel_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-min-booth-side-not-positive = 현장 규정 값이 잘못되었습니다: 부스 최소 변 길이(min_booth_side_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-min-clear-width-not-positive = 현장 규정 값이 잘못되었습니다: 무장애 통행 유효 폭(min_clear_width_mm)이 { $value }입니다. 0보다 커야 합니다.
finding-rule-walk-grid-not-positive = 현장 규정 값이 잘못되었습니다: 보행 거리 계산 격자(walk_grid_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-max-row-length-not-positive = 현장 규정 값이 잘못되었습니다: 부스 열 최대 길이(max_row_length_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-max-booth-depth-not-positive = 현장 규정 값이 잘못되었습니다: 부스 최대 깊이(max_booth_depth_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-max-dead-end-not-positive = 현장 규정 값이 잘못되었습니다: 막다른 통로 최대 길이(max_dead_end_mm)가 { $value }입니다. 0보다 커야 합니다.
finding-rule-grid-pitch-not-positive = 현장 규정 값이 잘못되었습니다: 격자 간격(grid_pitch_mm)이 { $value }입니다. 0보다 커야 합니다.
finding-rule-min-booth-area-negative = 현장 규정 값이 잘못되었습니다: 부스 최소 면적(min_booth_area_mm2)이 { $value }입니다. 음수일 수 없습니다.
finding-rule-area-tolerance-negative = 현장 규정 값이 잘못되었습니다: 면적 허용 오차(area_tolerance_permille)가 { $value }입니다. 음수일 수 없습니다.
finding-rule-competitor-facing-gap-negative = 현장 규정 값이 잘못되었습니다: 경쟁업체 마주 보기 판정 거리(competitor_facing_gap_mm)가 { $value }입니다. 음수일 수 없습니다.
finding-rule-min-aisle-too-large = 현장 규정 값이 잘못되었습니다: 최소 통로 폭이 { $value }입니다. 실제 전시장에서는 있을 수 없는 값입니다.
finding-rule-exit-clearance-too-large = 현장 규정 값이 잘못되었습니다: 비상구 앞 확보 거리가 { $value }입니다. 실제 전시장에서는 있을 수 없는 값입니다.
finding-rule-max-travel-too-large = 현장 규정 값이 잘못되었습니다: 피난 보행 거리 한도가 { $value }입니다. 실제 전시장에서는 있을 수 없는 값입니다.
finding-rule-walk-grid-too-large = 현장 규정 값이 잘못되었습니다: 보행 거리 계산 격자가 { $value }입니다. 실제 전시장에서는 있을 수 없는 값입니다.
finding-booth-out-of-range = { $booth } 부스가 현장 원점에서 너무 멀거나 너무 커서({ $limit } 초과) 측정할 수 없습니다. 다른 검사에서는 제외됩니다.
finding-hall-out-of-range = 전시장 { $hall }: 현장 원점에서 너무 멀거나 너무 커서({ $limit } 초과) 측정할 수 없습니다. 바닥 검사는 하지 않습니다.
finding-pillar-without-area = { $obstacle } 기둥의 면적이 0입니다.
finding-fire-equipment-without-area = { $obstacle } 소화설비의 면적이 0입니다.
finding-service-core-without-area = { $obstacle } 서비스 코어의 면적이 0입니다.
finding-stage-without-area = { $obstacle } 무대/시공 금지 구역의 면적이 0입니다.
finding-reserved-aisle-without-area = { $obstacle } 지정 통로의 면적이 0입니다.
finding-pillar-out-of-range = { $obstacle } 기둥이 현장 원점에서 { $limit } 넘게 떨어져 있거나 그보다 큽니다.
finding-fire-equipment-out-of-range = { $obstacle } 소화설비가 현장 원점에서 { $limit } 넘게 떨어져 있거나 그보다 큽니다.
finding-service-core-out-of-range = { $obstacle } 서비스 코어가 현장 원점에서 { $limit } 넘게 떨어져 있거나 그보다 큽니다.
finding-stage-out-of-range = { $obstacle } 무대/시공 금지 구역이 현장 원점에서 { $limit } 넘게 떨어져 있거나 그보다 큽니다.
finding-reserved-aisle-out-of-range = { $obstacle } 지정 통로가 현장 원점에서 { $limit } 넘게 떨어져 있거나 그보다 큽니다.
finding-pillar-outside-hall = { $obstacle } 기둥이 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-fire-equipment-outside-hall = { $obstacle } 소화설비가 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-service-core-outside-hall = { $obstacle } 서비스 코어가 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-stage-outside-hall = { $obstacle } 무대/시공 금지 구역이 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-reserved-aisle-outside-hall = { $obstacle } 지정 통로가 전시장 { $hall }의 경계 밖으로 벗어나 있습니다.
finding-exit-off-north-wall = { $exit } 비상구가 전시장 { $hall }의 북쪽 벽에 있지 않습니다. 비상구 문은 전시장 바닥에서 건물 밖으로 나가는 위치에 있어야 합니다.
finding-exit-off-east-wall = { $exit } 비상구가 전시장 { $hall }의 동쪽 벽에 있지 않습니다. 비상구 문은 전시장 바닥에서 건물 밖으로 나가는 위치에 있어야 합니다.
finding-exit-off-south-wall = { $exit } 비상구가 전시장 { $hall }의 남쪽 벽에 있지 않습니다. 비상구 문은 전시장 바닥에서 건물 밖으로 나가는 위치에 있어야 합니다.
finding-exit-off-west-wall = { $exit } 비상구가 전시장 { $hall }의 서쪽 벽에 있지 않습니다. 비상구 문은 전시장 바닥에서 건물 밖으로 나가는 위치에 있어야 합니다.

## Exports: maps, packs, lists, change report, printed sheets

map-legend-available = 판매 가능 부스
map-legend-on-hold = 보류 부스
map-legend-reserved = 예약 부스
map-legend-sold = 판매 완료 부스
map-legend-exit = 비상구 (앞쪽 확보 구역)
obstacle-pillar = 기둥
obstacle-fire-equipment = 소화설비
obstacle-service-core = 서비스 코어
obstacle-stage = 무대 / 설치 금지 구역
obstacle-reserved-aisle = 지정 통로
map-subtitle = { $venue } · { $start } – { $end } · 배치도 개정 { $revision }
map-your-booth = { $count ->
    [1] 귀사 부스: { $numbers }
   *[other] 귀사 부스 { $count }개: { $numbers }
}
map-note-pillar = 이 부스 안에 { $pillar } 기둥이 있습니다.
map-note-nearest-exit = 가장 가까운 비상구: { $exit } (약 { $distance }).
map-booth-count = 부스 { $count }개 · { $area }
side-north = 북쪽
side-east = 동쪽
side-south = 남쪽
side-west = 서쪽
pack-neighbour-free = 판매 가능
pack-hall = 전시장
pack-size = 크기
pack-type = 유형
pack-type-open = { $type } (개방면: { $sides })
pack-neighbours = 인접 부스
pack-none = 없음
pack-pillars = 기둥
pack-pillars-inside = 이 부스 안에 기둥 { $count }개가 있습니다 (배치도에 빨간 원으로 표시)
pack-note = 참고
pack-way-out = 대피 경로
pack-way-out-walk = { $exit }, 도보 { $distance } (배치도의 초록색 선)
pack-show = 전시회
pack-organiser = 주최 측
pack-caption-route = 부스 주변도, 축척 1:{ $scale } · 초록색 선: { $exit }까지 가는 길, { $distance } · 모서리: 전시장 위치도
pack-caption = 부스 주변도, 축척 1:{ $scale } · 모서리: 전시장 전체 위치도 (빨간색: 이 배치도가 보여 주는 범위)
col-booth = 부스
col-hall = 전시장
col-zone = 구역
col-size = 크기 (m × m)
col-area = 면적 (m²)
col-type = 유형
col-status = 상태
col-company = 참가업체명
col-country = 국가
col-sector = 업종
col-price = 가격
col-width = 너비 (m)
col-depth = 깊이 (m)
col-currency = 통화
col-contact = 담당자
col-email = 이메일
col-phone = 전화
col-external-id = 외부 ID
col-booths = 부스
list-title-allocation = 부스 배정 목록
list-title-directory = 참가업체 디렉터리
list-totals = 합계
list-total = 합계
list-total-booths = 부스 { $count }개 (참가업체 배정 { $taken }개)
list-all-halls = 전체 전시장
list-continued = { $group } (계속)
list-footer = { $show } · { $date } 출력 · 배치도 개정 { $revision } · { $pages }쪽 중 { $page }쪽
changes-title = { $show } 변경 사항
changes-subtitle = 개정 { $from } → 개정 { $to }: { $summary }
changes-key-on-maps = 배치도 표시:
changes-key-added = 초록색: 추가
changes-key-moved = 파란색: 이동 또는 크기 변경 (점선: 원래 위치)
changes-key-removed = 빨간색: 삭제
changes-footer = { $pages }쪽 중 { $page }쪽 · { $date } 출력 · { $show } · 개정 { $from } → { $to }
changes-html-added = 추가
changes-html-moved = 이동 또는 크기 변경 (점선: 원래 위치)
changes-html-removed = 삭제
changes-col-what = 항목
changes-col-change = 변경
changes-col-details = 세부 내용
changes-nothing = 변경 사항이 없습니다.
changes-html-footer = boothplan에서 { $date } 출력
sheet-overlaps = { $sheet } 시트와 겹침
sheet-and-more = 외 { $count }개
sheet-site-plan = 행사장 전체 배치도
sheet-of = { $sheet } 시트 (전체 { $columns } × { $rows }장)
sheet-scale = 축척 1:{ $scale }, { $paper } 용지 · 종이 위 1 cm = 실제 바닥 { $length }
sheet-key = 위치도: 음영 부분이 이 시트({ $sheet })
sheet-portrait = { $paper } 세로
sheet-landscape = { $paper } 가로
show-settings-export-language = 내보내기 언어
show-settings-export-language-default = 설정 안 함: 편집기에서는 편집기 언어, 명령줄에서는 영어
show-settings-export-language-tip = 이 전시회의 배치도, 목록, 참가업체 안내 자료, 보고서를 이 언어로 작성합니다. boothplan의 --lang 옵션을 쓰면 이 설정 대신 그 언어가 적용됩니다.

## Validation rules: title

rule-booth-outside-hall = 전시장 밖의 부스
rule-booth-overlap = 부스 겹침
rule-booth-on-obstacle = 장애물 위의 부스
rule-booth-contains-pillar = 부스 안의 기둥
rule-exit-blocked = 비상구 막힘
rule-fire-equipment-blocked = 소화설비 막힘
rule-aisle-too-narrow = 좁은 통로
rule-booth-no-aisle-access = 통로에 면하지 않은 부스
rule-exit-unreachable = 비상구까지 갈 수 없음
rule-travel-distance = 피난 거리 초과
rule-duplicate-booth-number = 중복된 부스 번호
rule-missing-booth-number = 부스 번호 없음
rule-unknown-exhibitor = 없는 참가업체
rule-unknown-reference = 없는 항목 참조
rule-booth-too-small = 너무 작은 부스
rule-off-grid = 격자에서 벗어남
rule-exhibitor-multiple-booths = 여러 부스를 가진 참가업체
rule-area-mismatch = 면적 불일치
rule-competitors-adjacent = 경쟁사 인접
rule-zone-mismatch = 구역 불일치
rule-status-mismatch = 상태 불일치
rule-booth-too-deep = 너무 깊은 부스
rule-dead-end-aisle = 막다른 통로
rule-row-too-long = 너무 긴 부스 열
rule-invalid-rule = 잘못된 규정 값
rule-booth-out-of-range = 범위를 벗어난 부스
rule-obstacle-outside-hall = 전시장 밖의 시설물
rule-unallocated-exhibitor = 부스 미배정 참가업체

## Library batch f

## Batch f: edit errors (merge/split, exits, paste), block generation, allocation (ko)

edit-reshape-too-few = 병합할 부스를 두 개 이상 선택하세요
edit-reshape-missing = { $booth } 부스가 없습니다
edit-reshape-not-free = { $booth } 부스는 병합하거나 분할할 수 없습니다({ $state }). 비어 있는 부스(판매 가능, 참가업체 없음)만 병합하거나 분할할 수 있습니다
edit-reshape-taken-by = { $company }에 배정됨
edit-reshape-state-available = 판매 가능
edit-reshape-state-on-hold = 보류
edit-reshape-state-reserved = 예약
edit-reshape-state-sold = 판매 완료
edit-reshape-halls = { $booth } 부스와 { $other } 부스는 서로 다른 전시장에 있습니다
edit-reshape-not-rectangle = { $booths } 부스는 하나의 직사각형을 이루지 않습니다. 빈틈이나 겹침 없이 변 전체가 서로 맞닿아야 합니다
edit-reshape-parts = 부스는 2~26개로 분할할 수 있습니다({ $count }개는 불가)
edit-reshape-too-small = { $booth } 부스를 { $count }개로 분할하면 { $size } 부스가 되어 전시장 최소 부스({ $area }, 각 변 { $side } 이상)보다 작습니다
edit-reshape-breaks = 이렇게 하면 오류가 { $count }개 새로 생깁니다: { $errors }
edit-reshape-taken = 새 번호 { $number }: 이미 { $booth } 부스의 번호입니다. 먼저 둘 중 하나의 번호를 바꾸세요
edit-exit-outside-halls = 전시장 안쪽, 비상구를 낼 벽 가까이를 클릭하세요
edit-exit-no-wall = 그곳에는 문을 낼 수 있는 바깥 벽이 없습니다. 가장 가까운 가장자리는 전시장의 두 부분이 맞닿은 경계입니다
edit-paste-not-ours = 클립보드에 boothplan에서 복사한 부스나 장애물이 없습니다
edit-paste-no-hall = 배치도에 붙여 넣을 전시장이 없습니다
edit-paste-no-ids = 이 배치도에는 더 쓸 수 있는 ID가 남아 있지 않습니다
layout-generate-no-hall = { $hall } 전시장이 없습니다
layout-generate-bad-size = 부스 크기는 0보다 커야 합니다
layout-generate-nothing-fits = 통로, 비상구, 소화설비, 장애물 주변 공간을 확보하고 나면 그 영역에 들어갈 부스가 없습니다
alloc-placement-exact-in-zone = 면적 일치, 희망 구역 내
alloc-placement-larger-in-zone = 가장 가까운 큰 부스, 희망 구역 내
alloc-placement-exact-outside-zone = 면적 일치, 희망 구역 외
alloc-placement-larger-outside-zone = 가장 가까운 큰 부스, 희망 구역 외
alloc-summary = 배정 { $count }개사, 미배정 { $unplaced }개사; 계약 면적 초과 제공 { $area }; 희망 구역 외 배정 { $outside }개사
alloc-summary-merged = ; 병합 부스에 배정 { $count }개사
alloc-summary-by-placement = ; { $placement } { $count }개사
alloc-unplaced-beside-competitor = { $size } 이상인 판매 가능 부스 { $count }개가 모두 경쟁 참가업체 옆에 있거나 마주 보고 있습니다
alloc-unplaced-blocked = 배정될 수 있었던 { $size } 이상 부스는 경쟁 참가업체 옆에 있거나 마주 보고 있고, 나머지 { $count }개는 우선순위가 같거나 높은 참가업체에 배정되었습니다
alloc-unplaced-taken = { $size } 이상인 판매 가능 부스 { $count }개가 모두 우선순위가 같거나 높은 참가업체에 배정되었습니다
alloc-unplaced-none-in-zone = { $zone } 구역에도, 다른 곳에도 { $size } 이상인 판매 가능 부스가 없습니다
alloc-unplaced-none = { $size } 이상인 판매 가능 부스가 없습니다

## Library batch h

## Command line (batch h): messages to people on the terminal

cli-internal-error = 내부 오류
cli-lang-unknown = { $value }: en, ko, vi 중에서 선택하세요
cli-validate-summary = 오류 { $errors }건, 경고 { $warnings }건, 정보 { $infos }건
cli-info-title = { $show } — { $venue } (개정 { $revision })
cli-info-halls = 전시장: { $count }개 ({ $area } m²)
cli-info-booths = 부스: { $count }개 (판매 가능 { $available }, 보류 { $held }, 예약 { $reserved }, 판매 완료 { $sold })
cli-info-exhibitors = 참가업체: { $count }개사 (배정 { $allocated }개사)
cli-info-area = 면적: 부스 { $booths }, 판매 { $sold }
cli-renderer-unknown = { $var }="{ $value }": 렌더러 이름이 아닙니다. "glow"(OpenGL) 또는 "wgpu"를 사용하세요
cli-opengl-fallback = 이 환경에서는 OpenGL로 편집기를 그릴 수 없어({ $error }) wgpu로 다시 시도합니다.
cli-editor-restart-failed = wgpu로 편집기를 다시 시작할 수 없습니다: { $error }
cli-editor-open-failed = 편집기 창을 열 수 없습니다: { $error }
cli-import-unused-column = 참고: "{ $column }" 열은 사용하지 않습니다
cli-import-refused = 문제가 있는 행 { $problems }개: 아무것도 가져오지 않았습니다(정상 행 { $good }개를 가져오려면 --accept-partial을 사용하세요)
cli-import-done = { $file }에서 참가업체 { $added }개사 추가, { $updated }개사 갱신
cli-refused-in = { $error } (파일: { $file })
cli-generate-no-hall = { $file }에 "{ $hall }" 전시장이 없습니다(전시장: { $halls })
cli-generate-bad-rect = --rect는 미터 단위의 X,Y,W,D 형식이어야 합니다. 입력값: "{ $rect }"
cli-generate-bad-booth = --booth는 3x3처럼 미터 단위의 WxD 형식이어야 합니다. 입력값: "{ $booth }"
cli-generate-done = 부스 { $count }개 생성(배치도에 오류가 없도록 { $dropped }개 제외)
cli-map-print-options = --paper, --landscape, --portrait, --scale은 PDF 배치도에만 쓸 수 있습니다. { $file }에는 쓸 수 없습니다
cli-map-underlay-html = --underlay는 SVG, PNG, PDF 배치도에 전시장 도면을 그립니다. HTML 배치도 { $file }에는 그릴 수 없습니다
cli-map-written = 배치도를 { $file }에 저장했습니다
cli-map-written-note = 배치도를 { $file }에 저장했습니다({ $note })
cli-pack-progress = 안내 자료 { $done }/{ $total }: { $number }
cli-packs-written = 안내 자료 { $count }개를 { $folder }에 저장했습니다
cli-changed-on-disk = 이 명령이 { $file } 파일을 읽은 뒤 디스크의 파일이 변경되었습니다(다른 프로그램이나 사용자가 저장함). 아무것도 저장하지 않았습니다. 새 파일로 명령을 다시 실행하거나 -o로 다른 곳에 저장하세요.
cli-underlay-changed = 경고: 도면을 배치한 뒤 { $file } 파일이 변경되었습니다. 도면 축척을 확인하세요
cli-booth-not-found = 번호가 { $number }인 부스가 없습니다
cli-booth-ambiguous = 번호가 { $number }인 부스가 { $count }개 있습니다: ID로 하나를 지정하세요(B17)
cli-booth-merged = { $booths } 부스를 { $number } 부스로 합쳤습니다({ $size }, { $area })
cli-booth-split = { $booth } 부스를 { $parts }개로 나눴습니다. 첫 번째 부스: { $number }({ $size }, { $area })
cli-allocate-assigned = { $company } → { $booth } 배정({ $placement })
cli-allocate-merged = 병합: { $booths } → { $booth }({ $company })
cli-allocate-unplaced = 미배정: { $company }({ $id }): { $reason }
cli-diff-pdf-needs-file = PDF 보고서는 파일로 저장해야 합니다: -o REPORT.pdf를 추가하세요
cli-diff-output-is-input = -o로 지정한 { $file } 파일은 비교하는 배치도 중 하나입니다. 보고서가 그 파일을 덮어쓰게 되므로 아무것도 저장하지 않았습니다
cli-merge-output-is-input = -o로 지정한 { $file } 파일은 공통 버전이거나 상대 배치도입니다. 병합 결과가 그 파일을 덮어쓰게 됩니다. 내 배치도 위에(git처럼) 또는 다른 곳에 저장하세요
cli-merge-empty-base = { $file } 파일이 비어 있습니다. 양쪽에서 이 배치도를 새로 추가해 병합의 기준이 될 공통 버전이 없으므로 내 배치도를 그대로 두었습니다. `boothplan diff OURS THEIRS`로 비교한 뒤 하나만 남기세요.
cli-merge-clean = 충돌 없이 병합했습니다.
cli-merge-conflicts = 충돌 { $count }건: 항목마다 내 변경을 유지했습니다. 상대 변경은 병합된 배치도에 기록되며, 편집기의 "충돌 해결" 패널에서 어느 쪽을 택할지 고를 수 있습니다.
cli-git-diff-usage = git-diff는 git이 외부 diff 드라이버에 넘기는 인수 7개를 받습니다

## Validation rules: summaries
rule-booth-outside-hall-summary = 부스가 전시장 외곽선을 벗어나거나, 존재하지 않는 전시장을 지정하고 있습니다.
rule-booth-overlap-summary = 두 부스의 바닥 면적이 겹칩니다.
rule-booth-on-obstacle-summary = 부스가 소화설비, 서비스 코어나 계단, 무대/시공 금지 구역 또는 예약 통로를 덮고 있습니다.
rule-booth-contains-pillar-summary = 부스 안에 기둥이 있습니다. 허용되지만 참가업체에 알려야 합니다.
rule-exit-blocked-summary = 부스가 비상구 확보 구역(기본값: 깊이 4.5 m, 폭은 문 너비) 안에 있습니다.
rule-fire-equipment-blocked-summary = 부스가 소화설비 주변 확보 공간(기본값 1.5 m) 안에 있습니다.
rule-aisle-too-narrow-summary = 두 부스 사이 또는 부스와 벽·장애물 사이에 0보다 넓고 최소 통로 폭(기본값 3 m)보다 좁은 틈이 있습니다.
rule-booth-no-aisle-access-summary = 부스의 어느 면도 빈 바닥(기본값: 깊이와 길이 모두 0.915 m 이상)에 면하지 않습니다.
rule-exit-unreachable-summary = 부스에서 어느 비상구로도 최소 통로 폭(기본값 3 m) 이상의 보행 경로가 없습니다.
rule-travel-distance-summary = 부스에서 가장 가까운 비상구까지의 피난 거리가 한도(기본값 61 m)를 초과합니다.
rule-duplicate-booth-number-summary = 둘 이상의 부스에 같은 번호가 붙어 있습니다(대소문자와 앞뒤 공백은 무시하고 비교).
rule-missing-booth-number-summary = 부스에 번호가 없습니다.
rule-unknown-exhibitor-summary = 부스 또는 경쟁사 목록이 존재하지 않는 참가업체 ID를 지정하고 있습니다.
rule-unknown-reference-summary = 장애물, 비상구 또는 구역이 없는 전시장을 지정하거나, 참가업체가 없는 구역을 희망하고 있습니다.
rule-booth-too-small-summary = 부스가 최소 면적(기본값 9 m²)보다 작거나, 최소 길이(기본값 2 m)보다 짧은 변이 있습니다.
rule-off-grid-summary = 부스의 위치나 크기가 격자 간격(기본값 1 m)의 배수가 아닙니다.
rule-exhibitor-multiple-booths-summary = 한 참가업체가 둘 이상의 부스를 보유하고 있습니다.
rule-area-mismatch-summary = 참가업체의 배정 면적이 계약 면적과 허용 오차(기본값 5 %) 이상으로 차이 납니다.
rule-competitors-adjacent-summary = 경쟁사 부스끼리 맞닿아 있거나, 통로 하나(기본값: 폭 6 m 이하의 빈 바닥)를 사이에 두고 마주 보고 있습니다.
rule-zone-mismatch-summary = 참가업체가 요청한 구역 또는 파빌리온 밖에 배치되어 있습니다.
rule-status-mismatch-summary = 부스 상태가 배정 내용과 맞지 않습니다(배정되었으나 '예약 가능' 또는 '보류' 상태, 또는 '예약됨'·'판매됨' 상태이나 배정 없음).
rule-booth-too-deep-summary = 부스 안의 어떤 지점이 부스의 가장 가까운 개방면에서 한도(기본값 15 m)보다 멀리 떨어져 있습니다.
rule-dead-end-aisle-summary = 막다른 통로(출구가 한쪽뿐이고 폭이 최소 통로의 3배 이하)가 입구에서 막힌 끝까지 한도(기본값 18 m)보다 깁니다.
rule-row-too-long-summary = 연속된 부스 열(옆면 또는 뒷면끼리 맞닿음)이 교차 통로 없이 한도(기본값 30 m)보다 깁니다.
rule-invalid-rule-summary = 행사장 규칙 값이 잘못되었습니다: 폭, 확보 거리, 한도 또는 격자 간격이 0 이하이거나, 최소 통로 폭이 전시장보다 넓습니다.
rule-booth-out-of-range-summary = 부스(또는 전시장)가 현장 원점에서 1,000 km 넘게 떨어져 있거나 그보다 큽니다. 너무 커서 측정할 수 없어 다른 검사에서 제외됩니다.
rule-obstacle-outside-hall-summary = 장애물이 전시장 밖으로 벗어나거나 면적이 없거나, 비상구 문이 전시장 벽 위에 있지 않습니다.
rule-unallocated-exhibitor-summary = 아직 부스를 배정받지 못한 참가업체가 있습니다.

## Library batch e

## src/io/message.rs: what the system said, and what a file is
io-os-error = { $message } (운영체제 오류 { $code })
io-os-not-found = 파일이나 폴더가 없습니다
io-os-permission-denied = 접근 권한이 없습니다
io-os-already-exists = 같은 이름의 파일이 이미 있습니다
io-os-is-a-directory = 파일이 아니라 폴더입니다
io-os-not-a-directory = 폴더가 아닙니다
io-os-read-only-filesystem = 읽기 전용 파일 시스템입니다
io-os-storage-full = 디스크 공간이 부족합니다
io-os-quota-exceeded = 디스크 할당량을 초과했습니다
io-os-file-too-large = 파일이 너무 큽니다
io-os-resource-busy = 장치나 파일을 다른 곳에서 사용 중입니다
io-os-invalid-filename = 파일 이름이 잘못되었거나 너무 깁니다
io-os-stale-network-file = 네트워크 파일에 더 이상 접근할 수 없습니다
io-os-timed-out = 시간이 초과되었습니다
io-kind-fifo = FIFO(이름 있는 파이프)
io-kind-device = 장치
io-kind-socket = 소켓
io-kind-folder = 폴더
io-kind-other = 일반 파일이 아닌 항목

## src/io/mod.rs: reading a plan file
load-error-in-file = { $error } (파일: { $path })
load-cannot-read = 파일을 읽을 수 없습니다: { $error }
load-not-a-file = 일반 파일이 아니라 { $what }입니다. 배치도는 일반 파일에서만 읽습니다
load-empty = 파일이 비어 있습니다
load-too-large = 파일 크기({ $bytes }바이트)가 배치도 파일 한도({ $limit }바이트)보다 큽니다
load-not-text = { $line }행 { $column }열: 텍스트 파일이 아닙니다(바이너리 데이터)
load-syntax = { $line }행 { $column }열: { $message }
load-newer-version = 파일 형식 버전({ $found })이 이 boothplan이 읽을 수 있는 버전({ $supported }까지)보다 새롭습니다. 이 파일을 열려면 boothplan을 업데이트하세요
load-unknown-version = 파일에 적힌 형식 버전({ $version })은 boothplan이 쓴 적이 없는 버전입니다
load-duplicate-id-first = { $section } 항목에 같은 { $what } ID({ $number })가 두 번 나옵니다. 처음 나온 곳은 { $first }행이고 여기서 다시 나옵니다. 하나만 남기세요(병합 과정에서 둘 다 기록되었을 수 있습니다)
load-duplicate-id = { $section } 항목에 같은 { $what } ID({ $number })가 두 번 나옵니다. 하나만 남기세요(병합 과정에서 둘 다 기록되었을 수 있습니다)
load-what-hall = 전시장
load-what-obstacle = 장애물
load-what-exit = 비상구
load-what-zone = 구역
load-what-booth = 부스
load-what-exhibitor = 참가업체

## src/io/ron_text.rs: the parser's complaints (field and type names stay as the file has them)
load-ron-eof = 파일이 도중에 끝났습니다
load-ron-trailing = 내용이 끝난 뒤에 불필요한 문자가 있습니다
load-ron-expected-comma = 쉼표(,)가 있어야 합니다
load-ron-expected-colon = 콜론(:)이 있어야 합니다
load-ron-expected-open = 여는 괄호({ $mark })가 있어야 합니다
load-ron-expected-close = 닫는 괄호({ $mark })가 있어야 합니다
load-ron-expected-boolean = true 또는 false 값이 있어야 합니다
load-ron-expected-integer = 정수가 있어야 합니다
load-ron-expected-number = 숫자가 있어야 합니다
load-ron-expected-string = 문자열이 있어야 합니다
load-ron-expected-string-end = 문자열이 닫히지 않았습니다
load-ron-expected-identifier = 이름(식별자)이 있어야 합니다
load-ron-expected-option = Some(…) 또는 None이 있어야 합니다
load-ron-integer-out-of-bounds = 정수가 허용 범위를 벗어났습니다
load-ron-unclosed-comment = 블록 주석이 닫히지 않았습니다
load-ron-unexpected-char = 예상하지 못한 문자({ $char })가 있습니다
load-ron-too-deep = 파일 구조가 너무 깊게 중첩되어 있습니다
load-ron-wrong-value = 와야 할 값: { $expected }, 실제 값: { $found }
load-ron-missing-field-in = { $outer }에 { $field } 필드가 없습니다
load-ron-missing-field = { $field } 필드가 없습니다
load-ron-duplicate-field-in = { $outer }에 { $field } 필드가 두 번 있습니다
load-ron-duplicate-field = { $field } 필드가 두 번 있습니다
load-ron-unknown-field-in = { $outer }에 알 수 없는 필드({ $field })가 있습니다. 사용할 수 있는 필드: { $expected }
load-ron-unknown-field = 알 수 없는 필드({ $field })가 있습니다. 사용할 수 있는 필드: { $expected }
load-ron-unknown-variant-in = { $outer }에 알 수 없는 값({ $variant })이 있습니다. 사용할 수 있는 값: { $expected }
load-ron-unknown-variant = 알 수 없는 값({ $variant })이 있습니다. 사용할 수 있는 값: { $expected }

## src/io/mod.rs, src/io/atomic.rs: saving a plan
save-io = { $path } 파일을 저장하지 못했습니다: { $error }
save-too-large = { $path } 파일을 저장하지 못했습니다: 배치도 크기({ $size } MiB)가 배치도 파일 한도({ $limit } MiB)를 넘습니다. 아무것도 쓰지 않았습니다
save-serialise = 배치도를 파일 형식으로 변환하지 못했습니다: { $error }
save-changed-on-disk = { $path } 파일이 열거나 마지막으로 저장한 뒤 디스크에서 변경되었습니다(다른 프로그램이나 다른 사람이 저장함). 그 위에 아무것도 쓰지 않았습니다
save-changed-since-read = 파일을 읽은 뒤 디스크에서 변경되었습니다. 아무것도 쓰지 않았습니다
save-not-regular = { $path }: 일반 파일이 아니라 { $what }입니다. 아무것도 쓰지 않았습니다
save-link-loop = { $path }의 심볼릭 링크가 순환합니다. 아무것도 쓰지 않았습니다
save-untouched = { $step }: { $error }. 이전 파일은 그대로 있습니다
save-backup-not-regular = 백업 경로 { $path }에 있는 것이 { $what }이어서 백업을 남길 수 없습니다. 아무것도 쓰지 않았고 이전 파일은 그대로 있습니다
save-read-only = { $path } 파일은 읽기 전용입니다. 아무것도 쓰지 않았고 이전 파일은 그대로 있습니다
save-folder-not-synced = 새 파일은 저장되었지만 폴더를 디스크에 동기화하지 못했습니다({ $error }). 지금 전원이 끊기면 저장이 취소될 수 있습니다
save-step-write-beside = 같은 폴더에 임시 파일을 쓸 수 없습니다
save-step-keep-permissions = 파일 권한을 유지할 수 없습니다
save-step-read-previous = 이전 파일을 읽을 수 없습니다
save-step-keep-backup = { $path } 백업 파일을 남길 수 없습니다
save-step-copy-backup = 이전 파일을 백업으로 복사할 수 없습니다
save-step-replace = 파일을 교체할 수 없습니다

## src/io/drawing.rs: reading a venue drawing
drawing-file-missing = { $path } 도면 파일이 없습니다: { $error }
drawing-file-unreadable = { $path } 도면 파일을 읽을 수 없습니다: { $why }
drawing-file-unsupported = { $path } 도면 파일은 { $what }. boothplan은 PNG, JPEG, PDF 도면을 읽습니다
drawing-file-no-page = { $path } 도면은 { $pages }페이지입니다. { $page }페이지는 없습니다
drawing-file-damaged = { $path } 도면 파일이 손상되었거나 이미지가 아닙니다: { $why }
drawing-file-is-kind = { $what }입니다
drawing-file-too-large = { $limit } MiB보다 큽니다
drawing-file-too-many-pixels = { $width } × { $height } 픽셀입니다. 최대 { $limit }메가픽셀까지 표시합니다
drawing-file-not-an-image = PNG, JPEG, PDF 중 어느 것도 아닙니다
drawing-file-encrypted = 암호로 보호된 파일입니다. 보호를 해제한 사본을 저장해 그 파일을 추가하세요
drawing-file-not-a-pdf = boothplan이 읽을 수 있는 PDF가 아닙니다
drawing-file-pdf-failed = PDF를 그리지 못했습니다
drawing-file-empty-page = 페이지가 비어 있습니다

## src/io/import: reading an exhibitor list
import-problem-on-line = { $line }행: { $message }
import-cannot-read = 파일을 읽을 수 없습니다: { $error } (파일: { $path })
import-unreadable = { $message } (파일: { $path })
import-not-a-file = 일반 파일이 아니라 { $what }입니다
import-too-large = 파일이 { $limit } MiB보다 커서 참가업체 목록으로 볼 수 없습니다
import-area-ambiguous = 면적 값 "{ $value }"의 뜻이 모호합니다(1000인지, 소수점 셋째 자리까지 쓴 1인지 알 수 없습니다). 1000 또는 1로 쓰세요
import-area-not-a-number = 면적이 m² 단위의 숫자가 아닙니다: "{ $value }"
import-area-out-of-range = 면적이 0에서 1,000,000,000 m² 사이의 숫자가 아닙니다: "{ $value }"
import-no-name-column = 참가업체명 열이 없습니다(name, company, 회사명 열을 찾았습니다). 머리글: { $header }
import-same-field-twice = 1행: { $first }번째 열("{ $first_header }")과 { $second }번째 열("{ $second_header }")이 같은 항목입니다. 하나만 남기세요
import-unreadable-row = 읽을 수 없는 행입니다: { $error }
import-field-count = 값이 { $count }개인데 머리글은 { $header }개입니다
import-no-company-name = 참가업체명이 없습니다
import-priority-not-whole = 우선순위가 정수가 아닙니다: "{ $value }"
import-no-id-left = 이 참가업체에 부여할 ID가 더 이상 없습니다
import-no-such-zone = "{ $zone }" 구역이 없습니다
import-no-such-competitor = 배치도에도 목록에도 없는 경쟁업체입니다: "{ $competitor }"
import-not-utf8 = UTF-8 텍스트가 아닙니다({ $byte }번째 바이트). --encoding cp949 옵션을 사용해 보세요
import-not-text = UTF-8이나 CP949 텍스트가 아닙니다
import-unclosed-quote = { $line }행: 여기서 연 따옴표가 닫히지 않아 파일의 나머지 전체가 하나의 값이 됩니다
import-bad-header = 머리글 행을 읽을 수 없습니다: { $error }
import-empty = 파일이 비어 있습니다
import-not-a-spreadsheet = 읽을 수 있는 스프레드시트가 아닙니다: { $error }
import-no-sheet = 통합 문서에 시트가 없습니다
import-sheet-unreadable = { $sheet } 시트를 읽을 수 없습니다: { $error }
import-cell-beyond = { $sheet } 시트: { $row }행 { $column }열의 값이 목록에 허용되는 범위({ $rows }행, { $columns }열)를 벗어납니다
import-sheet-too-much-text = { $sheet } 시트의 텍스트가 { $limit } MiB를 넘습니다. 참가업체 목록이라고 보기에는 너무 큽니다
import-sheet-too-many-values = { $sheet } 시트의 값이 { $limit }개를 넘습니다. 참가업체 목록이라고 보기에는 너무 많습니다
import-sheet-too-many-cells = { $sheet } 시트가 { $rows }행 × { $columns }열이어서 참가업체 목록이라고 보기에는 셀이 너무 많습니다
import-empty-sheet = 시트가 비어 있습니다

## Library batch g: changes

## Changes between plans and merge conflicts (compare): what the Changes window, the change report and Resolve conflicts say
change-title-show = 전시회 정보
change-title-rules = 전시장 규정
change-title-pricing = 가격 정책
change-title-hall = 전시장
change-title-obstacle = 장애물
change-title-exit = 비상구
change-title-zone = 구역
change-title-venue-drawing = 전시장 도면
change-title-drawing = 도면
change-title-booth = 부스
change-title-exhibitor = 참가업체
change-title-finding = 문제
change-title-pillar = 기둥
change-title-fire-equipment = 소화설비
change-title-service-core = 서비스 코어
change-title-stage = 무대 / 설치 금지 구역
change-title-reserved-aisle = 지정 통로
change-kind-added = 추가
change-kind-removed = 삭제
change-kind-moved = 이동
change-kind-resized = 크기 변경
change-kind-renumbered = 번호 변경
change-kind-status = 상태
change-kind-price = 가격
change-kind-reassigned = 배정 변경
change-kind-contract = 계약
change-kind-changed = 변경
change-kind-appeared = 새 문제
change-kind-resolved = 문제 해결
change-added = 추가됨
change-removed = 삭제됨
change-booth-removed = { $hall }에서 삭제됨 ({ $size })
change-booth-added = { $hall }에 추가됨: { $position }에 { $size }, { $status }
change-booth-resized = 크기 변경: { $old_size } ({ $old_area }) → { $new_size } ({ $new_area })
change-booth-renumbered = 번호 변경: "{ $old }" → "{ $new }"
change-booth-status = 상태 { $old } → { $new }
change-booth-price = 가격 { $old } → { $new }
change-price-none = 없음
change-price-agreed = { $price } (협의 가격)
change-booth-moved = { $by } 이동, { $from } → { $to }
change-booth-moved-hall = { $by } 이동, 전시장 { $old_hall } → { $new_hall }, { $from } → { $to }
change-booth-moved-to-hall = 이동, 전시장 { $old_hall } → { $new_hall }, { $from } → { $to }
change-booth-moved-in-place = 이동, { $from } → { $to }
change-step-east = 동쪽으로 { $dx }
change-step-west = 서쪽으로 { $dx }
change-step-south = 남쪽으로 { $dy }
change-step-north = 북쪽으로 { $dy }
change-steps-east-south = 동쪽으로 { $dx }, 남쪽으로 { $dy }
change-steps-east-north = 동쪽으로 { $dx }, 북쪽으로 { $dy }
change-steps-west-south = 서쪽으로 { $dx }, 남쪽으로 { $dy }
change-steps-west-north = 서쪽으로 { $dx }, 북쪽으로 { $dy }
change-exhibitor-added = 추가됨: { $country }, 계약 면적 { $area }, { $booths }
change-no-booth = 부스 없음
change-booths = 부스 { $booths }
change-exhibitor-contract = 계약 면적 { $old } → { $new }
change-given-booth = 부스 { $booths } 배정됨
change-lost-booth = 부스 { $booths } 배정 해제: 이제 배정된 부스 없음
change-booth-to-booth = 부스 { $old } → { $new }
change-severity-error = 오류
change-severity-warning = 경고
change-severity-info = 정보
change-one-field = { $field } 변경: { $old } → { $new }
change-value-absent = (없음)
change-value-none = 없음
change-value-yes = 예
change-value-no = 아니요
change-value-items = 항목 { $count }개
change-value-fields = 필드 { $count }개
change-value-present = (있음)
change-rect = { $position }의 { $size }
change-whole-site = 행사장 전체
change-hall-missing = 전시장 { $id } (두 배치도 모두에 없음)
change-line-new = 새 { $name }: { $detail }
change-line-resolved = 해결된 { $name }: { $detail }
change-summary-same = 두 배치도가 같습니다.
change-summary = 추가 { $added }, 삭제 { $removed }, 변경 { $changed }; 새 문제 { $appeared }건, 해결 { $resolved }건
change-conflict-line = { $field }: 내 값 { $ours } · 상대 값 { $theirs }
change-conflict-whole-object = 항목 전체
change-conflict-added-both = { $name }: 양쪽에서 서로 다른 내용으로 추가됨
change-conflict-removed-ours = { $name }: 내 쪽에서 삭제, 상대 쪽에서 변경됨
change-conflict-removed-theirs = { $name }: 내 쪽에서 변경, 상대 쪽에서 삭제됨
change-conflict-changed-both = { $name }: 양쪽에서 서로 다르게 변경됨
change-conflict-fields-both = { $name }: 양쪽에서 서로 다르게 변경됨({ $fields })
change-conflict-kept-both = { $name }: 양쪽에서 같은 ID({ $from })로 서로 다른 내용을 추가했습니다. 상대 쪽 항목도 새 ID({ $to })로 유지했습니다(같은 항목이면 하나를 삭제하세요)
change-conflict-taken-back = { $name }: 상대 변경을 적용하지 않았습니다. 적용하면 다음 문제가 생깁니다: { $message }
change-conflict-merge-problem = 병합 결과 양쪽 어디에도 없던 문제가 생겼습니다({ $rule }): { $message }
change-resolve-no-conflict = { $number }번 충돌이 없습니다
change-resolve-not-an-object = 충돌에 적힌 "{ $object }"에 해당하는 항목이 배치도에 없습니다
change-resolve-changed-after = 병합 후에 { $name } ({ $field }) 값이 변경되었습니다. 직접 수정하거나, 내 변경 유지를 눌러 충돌을 정리하세요
change-resolve-bad-value = { $object } { $field }: 값을 읽을 수 없습니다 ({ $error })
change-resolve-not-valid = { $object }: 올바르지 않은 값입니다 ({ $error })
change-resolve-cannot-remove = { $object }: 삭제할 수 없습니다
change-resolve-gone = { $name }: 더 이상 배치도에 없습니다
## Kinds, states and sides named in a change (change-word- and the English words, spaces as hyphens)
change-word-available = 판매 가능
change-word-on-hold = 보류
change-word-reserved = 예약
change-word-sold = 판매 완료
change-word-pillar = 기둥
change-word-fire-equipment = 소화설비
change-word-service-core = 서비스 코어
change-word-stage = 무대
change-word-reserved-aisle = 지정 통로
change-word-theme = 테마 구역
change-word-pavilion = 파빌리온
change-word-north = 북쪽
change-word-east = 동쪽
change-word-south = 남쪽
change-word-west = 서쪽
## Fields of a plan's objects named in a change (change-field- and the English words, spaces as hyphens)
change-field-show-name = 전시회명
change-field-venue = 전시장
change-field-start-date = 개막일
change-field-end-date = 폐막일
change-field-organiser-contact = 주최 측 연락처
change-field-revision = 개정
change-field-currency = 통화
change-field-grid-pitch = 격자 간격
change-field-language = 언어
change-field-min-aisle = 최소 통로 폭
change-field-exit-clearance = 비상구 앞 확보 거리
change-field-fire-equipment-clearance = 소화설비 주변 확보 거리
change-field-max-travel = 비상구까지 최대 보행 거리
change-field-min-booth-area = 부스 최소 면적
change-field-min-booth-side = 부스 최소 변 길이
change-field-area-tolerance = 면적 허용 오차
change-field-competitor-facing-gap = 경쟁사 마주보기 제한 거리
change-field-min-clear-width = 휠체어 통행 유효 폭
change-field-walk-grid = 보행 거리 계산 격자
change-field-max-row-length = 부스 열 최대 길이
change-field-max-booth-depth = 부스 최대 깊이
change-field-max-dead-end = 막다른 통로 최대 길이
change-field-per-m2 = m²당 가격
change-field-open-side-premium = 개방면 할증
change-field-name = 이름
change-field-code = 코드
change-field-outline = 외곽선
change-field-hall = 전시장
change-field-kind = 종류
change-field-rect = 위치와 크기
change-field-label = 레이블
change-field-wall = 벽
change-field-at = 위치
change-field-width = 너비
change-field-clearance = 확보 거리
change-field-colour = 색상
change-field-areas = 영역
change-field-price-per-m2 = m²당 가격
change-field-number = 번호
change-field-status = 상태
change-field-price-override = 개별 가격
change-field-exhibitor = 참가업체
change-field-country = 국가
change-field-sector = 업종
change-field-contracted-area = 계약 면적
change-field-preferred-zone = 희망 구역
change-field-competitors = 경쟁업체
change-field-priority = 우선순위
change-field-contact-person = 담당자
change-field-contact-email = 담당자 이메일
change-field-contact-phone = 담당자 전화
change-field-notes = 메모
change-field-external-id = 외부 ID
change-field-file = 파일
change-field-sha256 = 파일 해시(SHA-256)
change-field-page = 페이지
change-field-um-per = 픽셀당 축척(µm)
change-field-opacity = 불투명도
change-field-locked = 잠금
change-field-hidden = 숨김

## Export messages

export-error-io = 파일을 쓸 수 없습니다: { $error }, 파일 { $path }
export-error-format = { $what } 내보내기 실패: .{ $extension } 형식은 쓸 수 없습니다 ({ $supported } 사용), 파일 { $path }
export-error-render = 그리기에 실패했습니다: { $error }
export-what-map = 배치도
export-what-list = 목록
export-rows-written = { $count }행을 { $path }에 썼습니다
export-cp949-plain = { " " }(CP949에 없는 글자 { $count }개는 발음 기호 없이 썼습니다)
export-cp949-unknown = { " " }(CP949에 없는 문자 { $count }개는 ?로 바뀌었습니다)
export-no-hall = 이름이 "{ $hall }"인 전시장이 없습니다
export-no-booth-or-exhibitor = 부스 번호나 배정된 참가업체 중 "{ $what }"에 해당하는 것이 없습니다
export-booth-in-other-hall = { $booth } 부스는 { $hall }에 있습니다 (지정한 전시장: { $asked }). --hall을 빼거나 그 부스가 있는 전시장을 지정하세요
export-holds-no-booth = { $exhibitor } 참가업체에 배정된 부스가 없습니다
export-no-booth = { $booth } 부스가 없습니다
