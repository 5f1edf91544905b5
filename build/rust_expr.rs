//! A serde Serializer that writes a value as a Rust constant expression, for build.rs: structs
//! as struct literals, strings as `Cow::Borrowed("…")`, sequences as `Cow::Borrowed(&[…])`.
//! The result can initialise a `static`, so the content needs no parsing at run time.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = RustExpr(String::new());
    value.serialize(&mut out)?;
    Ok(out.0)
}

pub struct RustExpr(String);

type R = Result<(), Error>;

fn unsupported(what: &str) -> Error {
    Error(format!("the content model has a {what}, which rust_expr does not write"))
}

impl RustExpr {
    fn lit(&mut self, v: impl fmt::Display) -> R {
        write!(self.0, "{v}").map_err(|e| Error(e.to_string()))
    }
}

impl ser::Serializer for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        self.lit(v)
    }
    fn serialize_i8(self, v: i8) -> R {
        self.lit(v)
    }
    fn serialize_i16(self, v: i16) -> R {
        self.lit(v)
    }
    fn serialize_i32(self, v: i32) -> R {
        self.lit(v)
    }
    fn serialize_i64(self, v: i64) -> R {
        self.lit(v)
    }
    fn serialize_u8(self, v: u8) -> R {
        self.lit(v)
    }
    fn serialize_u16(self, v: u16) -> R {
        self.lit(v)
    }
    fn serialize_u32(self, v: u32) -> R {
        self.lit(v)
    }
    fn serialize_u64(self, v: u64) -> R {
        self.lit(v)
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(unsupported("float"))
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(unsupported("float"))
    }
    fn serialize_char(self, v: char) -> R {
        self.lit(format!("{v:?}"))
    }
    fn serialize_str(self, v: &str) -> R {
        self.lit(format!("Cow::Borrowed({v:?})"))
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(unsupported("byte string"))
    }
    fn serialize_none(self) -> R {
        self.lit("None")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> R {
        self.lit("Some(")?;
        value.serialize(&mut *self)?;
        self.lit(")")
    }
    fn serialize_unit(self) -> R {
        self.lit("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> R {
        self.lit(name)
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> R {
        // serde's rename_all changes `variant`; the Rust name is its capitalised form.
        let mut chars = variant.chars();
        let rust: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        self.lit(format!("{name}::{rust}"))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, name: &'static str, value: &T) -> R {
        self.lit(format!("{name}("))?;
        value.serialize(&mut *self)?;
        self.lit(")")
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> R {
        Err(unsupported("newtype variant"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.lit("Cow::Borrowed(&[")?;
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Error> {
        Err(unsupported("tuple"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Err(unsupported("tuple struct"))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Error> {
        Err(unsupported("tuple variant"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        Err(unsupported("map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.lit(format!("{name} {{"))?;
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Error> {
        Err(unsupported("struct variant"))
    }
}

impl ser::SerializeSeq for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> R {
        value.serialize(&mut **self)?;
        self.lit(",")
    }
    fn end(self) -> R {
        self.lit("])")
    }
}

impl ser::SerializeStruct for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> R {
        self.lit(format!("{key}:"))?;
        value.serialize(&mut **self)?;
        self.lit(",")
    }
    fn end(self) -> R {
        self.lit("}")
    }
}

macro_rules! never {
    ($($trait:ident: $method:ident($($arg:ty),*);)*) => {$(
        impl<'a> ser::$trait for &'a mut RustExpr {
            type Ok = ();
            type Error = Error;
            fn $method<T: ?Sized + Serialize>(&mut self, $(_: $arg,)* _: &T) -> R { Err(unsupported(stringify!($trait))) }
            fn end(self) -> R { Err(unsupported(stringify!($trait))) }
        }
    )*};
}
never! {
    SerializeTuple: serialize_element();
    SerializeTupleStruct: serialize_field();
    SerializeTupleVariant: serialize_field();
    SerializeStructVariant: serialize_field(&'static str);
}

impl ser::SerializeMap for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(unsupported("map"))
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(unsupported("map"))
    }
    fn end(self) -> R {
        Err(unsupported("map"))
    }
}
