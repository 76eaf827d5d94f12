//! What a plan file on disk was when it was read or written, so that a change made behind
//! boothplan's back (another person, a `git pull`, a sync client) is noticed before anything
//! overwrites it.

use std::path::Path;
use std::time::SystemTime;

use super::{MAX_FILE_BYTES, ReadError, read_regular_file};

/// A file's size, modification time and content hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, where the system keeps one.
    pub modified: Option<SystemTime>,
    /// SHA-256 of the content, in hex.
    pub sha256: String,
}

impl Stamp {
    /// The stamp of `bytes` just written to `path` (its time now).
    pub fn of(path: &Path, bytes: &[u8]) -> Self {
        Self::with_time(modified(path), bytes)
    }

    /// The stamp of `bytes` with the modification time `modified`: for a read, the time
    /// taken before reading, so a change made during the read still looks like a change.
    fn with_time(modified: Option<SystemTime>, bytes: &[u8]) -> Self {
        Self {
            len: bytes.len() as u64,
            modified,
            sha256: super::drawing::sha256_hex(bytes),
        }
    }

    /// A stamp known only by its content's hash (a recovery copy's record of its file): its
    /// size and time count as changed, so the content is hashed whenever it is asked about.
    pub fn of_hash(sha256: String) -> Self {
        Self {
            len: u64::MAX,
            modified: None,
            sha256,
        }
    }

    /// True when the file may differ from this stamp by its size and time alone (cheap: no
    /// read). A file touched but not changed is then told apart by [`Stamp::read`].
    pub fn looks_changed(&self, path: &Path) -> bool {
        match std::fs::metadata(path) {
            Ok(m) => m.len() != self.len || m.modified().ok() != self.modified,
            Err(_) => true,
        }
    }

    /// The file's stamp now: `None` when it is gone or cannot be read whole.
    pub fn read(path: &Path) -> Option<Self> {
        let time = modified(path);
        read_regular_file(path, MAX_FILE_BYTES)
            .ok()
            .map(|bytes| Self::with_time(time, &bytes))
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Reads a plan file and stamps the bytes it was read from.
///
/// # Errors
/// As [`super::load`].
pub fn load_stamped(path: &Path) -> Result<(crate::model::Plan, Stamp), super::LoadError> {
    let err = |kind| super::LoadError {
        path: path.to_owned(),
        kind,
    };
    let time = modified(path);
    let bytes = read_regular_file(path, MAX_FILE_BYTES).map_err(|e| err(e.into()))?;
    let stamp = Stamp::with_time(time, &bytes);
    super::from_bytes(&bytes)
        .map(|plan| (plan, stamp))
        .map_err(err)
}

impl From<ReadError> for super::LoadErrorKind {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Io(e) => Self::Io(e),
            ReadError::NotAFile(what) => Self::NotAFile(what),
            ReadError::TooLarge { bytes, limit } => Self::TooLarge { bytes, limit },
        }
    }
}
