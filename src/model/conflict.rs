//! Merge conflicts a plan carries until someone resolves them.
//!
//! `boothplan merge` keeps OURS for every conflicted field and writes what THEIRS had into the
//! merged plan's `conflicts` list, so nothing is lost and the file stays a valid plan (never
//! git's `<<<<<<<` markers inside RON). The editor shows the list as "Resolve conflicts".

use serde::{Deserialize, Serialize};

/// One conflict: an object (or the whole plan) and the fields both sides changed differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The object, by stable id ("B17", "E4", "H1") or "meta", "rules", "pricing"; empty for
    /// a problem of the whole plan that no single object's fields explain.
    pub object: String,
    /// What happened, for people ("Booth A-101: moved differently on both sides").
    pub what: String,
    /// The fields concerned; picking a side sets all of them. Empty when there is nothing to
    /// pick (a finding the merge caused that neither side had): it can only be dismissed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<ConflictField>,
}

/// One field of a conflict, with each side's value as JSON text (`None`: the object did not
/// exist on that side).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictField {
    /// Field path inside the object, dot-separated (`rect.x_mm`, `status`); empty for the
    /// whole object.
    pub path: String,
    /// The common ancestor's value.
    pub base: Option<String>,
    /// Our value: the one the merged plan holds.
    pub ours: Option<String>,
    /// Their value: what picking "theirs" puts in.
    pub theirs: Option<String>,
}
