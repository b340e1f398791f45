//! Stable error codes. Every error of Leerteam has a code that the UI translates (`error.<code>`
//! in its locale files). [`error_codes!`] names each variant's code once and gives both the
//! `code()` match (which the compiler checks for every variant) and the list of all codes, so the
//! UI's list of codes and the check that each has a translation are generated, never copied.

/// `error_codes!(VaultError { VaultError::NotAVault => "not_a_vault", VaultError::Io { .. } => "io" })`
/// implements `fn code(&self) -> &'static str` and `const CODES: &[&str]` for the type.
#[macro_export]
macro_rules! error_codes {
    ($ty:ty { $($pattern:pat => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The stable code of this error, which the UI translates.
            pub fn code(&self) -> &'static str {
                match self {
                    $($pattern => $code,)+
                }
            }

            /// Every code an error of this type can have.
            pub const CODES: &'static [&'static str] = &[$($code),+];
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug)]
    #[allow(dead_code)]
    enum Example {
        Plain,
        Tuple(u8),
        Named { at: u8 },
    }

    error_codes!(Example {
        Example::Plain => "plain",
        Example::Tuple(_) => "tuple",
        Example::Named { .. } => "named",
    });

    #[test]
    fn each_variant_has_its_code_and_the_list_holds_them_all() {
        assert_eq!(Example::Plain.code(), "plain");
        assert_eq!(Example::Tuple(1).code(), "tuple");
        assert_eq!(Example::Named { at: 2 }.code(), "named");
        assert_eq!(Example::CODES, ["plain", "tuple", "named"]);
    }
}
