//! Invented company and person names in Hangul, Vietnamese and Latin script, drawn
//! deterministically. None of them is a real company.

use super::Rng;

const KO_HEADS: &[&str] = &[
    "한빛",
    "새솔",
    "누리",
    "다온",
    "미르",
    "가람",
    "하늘",
    "바다",
    "별빛",
    "푸른",
    "온누리",
    "아라",
    "한결",
    "나래",
    "이음",
    "슬기",
    "해솔",
    "마루",
    "빛누리",
    "은하",
    "세움",
    "큰별",
    "두리",
    "여명",
];
const KO_TAILS: &[&str] = &[
    "통신",
    "네트웍스",
    "정보기술",
    "시스템",
    "테크",
    "전자",
    "보안",
    "위성",
    "소프트",
    "데이터",
    "모바일",
    "텔레콤",
    "솔루션",
    "랩스",
    "에이아이",
    "인포텍",
];
const KO_ROMAN: &[&str] = &[
    "Hanbit",
    "Saesol",
    "Nuri",
    "Daon",
    "Mir",
    "Garam",
    "Haneul",
    "Bada",
    "Byeolbit",
    "Pureun",
    "Onnuri",
    "Ara",
    "Hangyeol",
    "Narae",
    "Ieum",
    "Seulgi",
    "Haesol",
    "Maru",
    "Bitnuri",
    "Eunha",
    "Seum",
    "Keunbyeol",
    "Duri",
    "Yeomyeong",
];
const KO_ROMAN_TAILS: &[&str] = &[
    "Networks",
    "Systems",
    "Telecom",
    "Technologies",
    "Labs",
    "Solutions",
    "Electronics",
    "Security",
    "Mobile",
];
const VI_KINDS: &[&str] = &[
    "Viễn thông",
    "Công nghệ",
    "Phần mềm",
    "Giải pháp Số",
    "Điện tử",
    "An ninh Mạng",
    "Vệ tinh",
    "Dữ liệu",
    "Truyền thông",
];
const VI_PLACES: &[&str] = &[
    "Sông Hồng",
    "Hà Nội",
    "Sài Gòn",
    "Đà Nẵng",
    "Mê Kông",
    "Hạ Long",
    "Huế",
    "Cửu Long",
    "Trường Sơn",
    "Phương Nam",
    "Bắc Hà",
    "Tây Nguyên",
    "Hội An",
    "Nha Trang",
];
const LATIN_HEADS: &[&str] = &[
    "Nord", "Alto", "Blue", "Quanta", "Vega", "Helio", "Terra", "Apex", "Lumen", "Orbit", "Cobalt",
    "Silver", "Zenith", "Polar", "Atlas", "Nimbus", "Vertex", "Sigma", "Kestrel", "Meridian",
];
const LATIN_TAILS: &[&str] = &[
    "wave Systems",
    "link Networks",
    "sat Space",
    "guard Security",
    "net Labs",
    "core Technologies",
    "cast Media",
    "grid Energy",
    "path Robotics",
    "cloud Services",
];
const KO_SURNAMES: &[&str] = &["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
const KO_GIVEN: &[&str] = &[
    "민준", "서연", "지호", "하은", "도윤", "수아", "예준", "지유", "시우", "채원",
];
const VI_PEOPLE: &[&str] = &[
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Minh Đức",
    "Phạm Thu Hà",
    "Hoàng Quốc Việt",
    "Vũ Thị Lan",
    "Đặng Hữu Phúc",
];
const LATIN_PEOPLE: &[&str] = &[
    "Anna Berg",
    "Lucas Moreau",
    "Sofia Rossi",
    "James Carter",
    "Yuki Tanaka",
    "Amara Okafor",
    "Priya Nair",
    "Mateo García",
    "Emma Virtanen",
];

/// Legal-form suffix by country, for Latin names.
fn suffix(country: &str) -> &'static str {
    match country {
        "Germany" => " GmbH",
        "France" => " SAS",
        "Japan" => " K.K.",
        "Finland" => " Oy",
        "Sweden" => " AB",
        "United States" | "Canada" => " Inc.",
        "Brazil" | "Spain" => " S.A.",
        "Indonesia" => " Tbk",
        _ => " Ltd",
    }
}

/// Hands out unique names.
#[derive(Default)]
pub(super) struct NameBook {
    used: std::collections::BTreeSet<String>,
}

impl NameBook {
    /// A new unique company name for a company of `country`.
    pub(super) fn company(&mut self, rng: &mut Rng, country: &str) -> String {
        for attempt in 0.. {
            let base = match country {
                "Korea" if rng.chance(80) => {
                    format!("{}{}", rng.pick(KO_HEADS), rng.pick(KO_TAILS))
                }
                "Korea" => format!("{} {}", rng.pick(KO_ROMAN), rng.pick(KO_ROMAN_TAILS)),
                "Viet Nam" => {
                    let lead = if rng.chance(20) {
                        "Tập đoàn"
                    } else {
                        "Công ty"
                    };
                    format!("{lead} {} {}", rng.pick(VI_KINDS), rng.pick(VI_PLACES))
                }
                _ => format!(
                    "{}{}{}",
                    rng.pick(LATIN_HEADS),
                    rng.pick(LATIN_TAILS),
                    suffix(country)
                ),
            };
            let name = if attempt < 8 {
                base
            } else {
                // Rare after many collisions: a group name keeps it unique and plausible.
                format!(
                    "{base} {}",
                    ["Group", "Holdings", "International", "Global"][attempt % 4]
                )
            };
            if self.used.insert(name.clone()) {
                return name;
            }
            if attempt > 64 {
                let numbered = format!("{name} {attempt}");
                self.used.insert(numbered.clone());
                return numbered;
            }
        }
        unreachable!("the loop always returns")
    }

    /// Claims a fixed name (the demo's well-known companies) so no other company gets it.
    pub(super) fn claim(&mut self, name: &str) {
        self.used.insert(name.to_owned());
    }
}

/// A contact person for a company of `country`.
pub(super) fn person(rng: &mut Rng, country: &str) -> String {
    match country {
        "Korea" => format!("{}{}", rng.pick(KO_SURNAMES), rng.pick(KO_GIVEN)),
        "Viet Nam" => (*rng.pick(VI_PEOPLE)).to_owned(),
        _ => (*rng.pick(LATIN_PEOPLE)).to_owned(),
    }
}

/// A name in one of the three scripts with a number, for synthetic plans of any size.
pub(super) fn numbered(rng: &mut Rng, n: usize) -> String {
    match n % 3 {
        0 => format!("{}{} {n}", rng.pick(KO_HEADS), rng.pick(KO_TAILS)),
        1 => format!("Công ty {} {} {n}", rng.pick(VI_KINDS), rng.pick(VI_PLACES)),
        _ => format!("{}{} {n}", rng.pick(LATIN_HEADS), rng.pick(LATIN_TAILS)),
    }
}
