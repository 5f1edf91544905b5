//! Dates and the time in Riga: the one implementation lives in the validation crate, which the
//! backend shares (it judges "not in the future" by the same calendar).

pub use dvi_validation::clock::*;
