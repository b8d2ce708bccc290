//! `embed_migrations!`: checks a goose migration folder at compile time with gander-core and
//! embeds it as typed constants and one static `MIGRATIONS` set, or fails the build with every
//! diagnostic rendered like rustc's own.

use std::path::PathBuf;

use gander_core::model::{Relation, SchemaModel};
use gander_core::{Migration, Section, Statement, Unit};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitStr;

/// `"folder"` or `"folder", assume = ["KIND:NAME", …]`.
struct Args {
    folder: LitStr,
    assume: Vec<gander_core::Assumption>,
}

impl syn::parse::Parse for Args {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        let folder: LitStr = input.parse()?;
        let mut assume = Vec::new();
        if input.parse::<Option<syn::Token![,]>>()?.is_some() && !input.is_empty() {
            let key: syn::Ident = input.parse()?;
            if key != "assume" {
                return Err(syn::Error::new(
                    key.span(),
                    "embed_migrations! takes the folder and optionally `assume = [\"KIND:NAME\", …]`",
                ));
            }
            input.parse::<syn::Token![=]>()?;
            let list;
            syn::bracketed!(list in input);
            let items = list.parse_terminated(|p| p.parse::<LitStr>(), syn::Token![,])?;
            for item in items {
                let a = gander_core::parse_assumption(&item.value())
                    .map_err(|e| syn::Error::new(item.span(), e))?;
                assume.push(a);
            }
            let _ = input.parse::<Option<syn::Token![,]>>()?;
        }
        Ok(Args { folder, assume })
    }
}

/// See `gander::embed_migrations!` for the documentation.
#[proc_macro]
pub fn embed_migrations(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let args = match syn::parse::<Args>(input) {
        Ok(args) => args,
        Err(e) => {
            let mut out = e.to_compile_error();
            out.extend(stubs(&[]));
            return out.into();
        }
    };
    expand(&args.folder, &args.assume).into()
}

/// Where the folder is: relative to the crate root (`CARGO_MANIFEST_DIR`), or failing that,
/// relative to the file that invokes the macro (like `include_str!`).
fn resolve(relative: &str) -> Option<PathBuf> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from)?;
    let by_manifest = manifest.join(relative);
    if by_manifest.is_dir() {
        return by_manifest.canonicalize().ok();
    }
    let file = proc_macro::Span::call_site().local_file()?;
    let by_file = file.parent()?.join(relative);
    if by_file.is_dir() {
        return by_file.canonicalize().ok();
    }
    None
}

/// How the folder is named in messages and in `Migration::path`: as written, unless it climbs
/// out of the crate (`../../migrations`), in which case relative to the workspace root (the
/// nearest ancestor with a `Cargo.lock`), which is where people run commands from.
fn display_path(relative: &str, dir: &std::path::Path) -> String {
    if !relative.starts_with("../") {
        return relative.to_string();
    }
    let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from) else {
        return relative.to_string();
    };
    let root = manifest
        .ancestors()
        .find(|a| a.join("Cargo.lock").is_file());
    root.and_then(|r| r.canonicalize().ok())
        .and_then(|r| {
            dir.strip_prefix(&r)
                .ok()
                .map(|p| p.to_string_lossy().to_string())
        })
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| relative.to_string())
}

fn expand(lit: &LitStr, assume: &[gander_core::Assumption]) -> TokenStream {
    let relative = lit.value();
    let span = lit.span();
    let Some(dir) = resolve(&relative) else {
        let msg = format!(
            "embed_migrations!: no folder `{relative}`\n\
             help: the path is relative to the crate root (the folder of its Cargo.toml)"
        );
        return error(span, &msg, &[]);
    };
    let display = display_path(&relative, &dir);
    // A bug in the checker must not abort the build with a backtrace: it becomes an error
    // naming the folder, with the panic's message.
    let options = gander_core::Options {
        assume: assume.to_vec(),
        ..gander_core::Options::default()
    };
    let checked = match std::panic::catch_unwind(|| {
        gander_core::check_dir_with(&dir, &display, &options)
    }) {
        Ok(checked) => checked,
        Err(panic) => {
            let what = gander_core::panic_message(&*panic);
            let msg = format!(
                "embed_migrations!(\"{relative}\"): gander's checker crashed while reading `{display}`: {what}\n\
                 help: this is a bug in gander, not in the migrations: please report it with the folder's files"
            );
            return error(span, &msg, &[]);
        }
    };
    if checked.has_errors() {
        let rendered = checked.diagnostics.render();
        let msg = format!(
            "embed_migrations!(\"{relative}\"): {} error(s) in the migrations\n\n{}",
            checked.diagnostics.error_count(),
            rendered.trim_end()
        );
        let model = checked.schema.states.last().map(|(_, m)| m);
        let mut out = error(span, &msg, checked.set.as_slice());
        out.extend(schema_names(model));
        return out;
    }
    let var = gander_core::tracking_env_var(&dir);
    if std::env::var_os(&var).is_none() {
        let msg = format!(
            "embed_migrations!(\"{relative}\") needs a build script so that adding or removing a migration rebuilds this crate\n\
             help: add to build.rs: `fn main() {{ gander::build::track_migrations(\"{relative}\"); }}`\n\
             help: and to Cargo.toml: `[build-dependencies] gander = {{ version = \"*\", default-features = false }}`\n\
             note: by hand, the build script prints `cargo:rerun-if-changed=<folder>` and `cargo:rustc-env=GANDER_TRACKED_MIGRATIONS_<hash>=1` (see gander::build)"
        );
        let mut out = error(span, &msg, checked.set.as_slice());
        out.extend(schema_names(checked.schema.states.last().map(|(_, m)| m)));
        return out;
    }
    let set = checked.set;
    let mut items = TokenStream::new();
    let mut entries = Vec::new();
    for m in set.iter() {
        let file = dir.join(m.file_name());
        let file = file.to_string_lossy().to_string();
        // Tracks edits: rustc records the file as an input of this crate.
        items.extend(quote! { const _: &str = ::core::include_str!(#file); });
        // One constant per migration, so that rustc's incremental compilation re-checks only
        // the migration that changed (one static holding every migration is checked whole).
        let each = format_ident!("__GANDER_MIGRATION_{}", m.version.get());
        let body = migration(m);
        items.extend(quote! {
            #[doc(hidden)]
            const #each: ::gander::Migration = #body;
        });
        entries.push(quote! { #each });
    }
    items.extend(constants(set.as_slice()));
    items.extend(schema_names(checked.schema.states.last().map(|(_, m)| m)));
    let count = set.len();
    quote! {
        #items
        /// Every migration of the folder, checked at compile time, in version order.
        pub static MIGRATIONS: ::gander::MigrationSet = {
            static LIST: [::gander::Migration; #count] = [#(#entries),*];
            ::gander::MigrationSet::from_static(&LIST)
        };
    }
}

fn error(span: Span, msg: &str, parsed: &[Migration]) -> TokenStream {
    let mut out = syn::Error::new(span, msg).to_compile_error();
    out.extend(stubs(parsed));
    out
}

/// Rust keywords an identifier cannot be (raw identifiers cover the rest).
const NOT_RAW: &[&str] = &["self", "super", "crate", "Self", "_"];

/// A Rust identifier for an SQL name: lower case for modules (`audit_events`, `r#type`),
/// upper case for constants (`EVENT_ID`); unique among `taken`.
fn rust_ident(name: &str, upper: bool, taken: &mut Vec<String>) -> proc_macro2::Ident {
    let mut s: String = name
        .chars()
        .map(|c| match (c.is_ascii_alphanumeric(), upper) {
            (true, true) => c.to_ascii_uppercase(),
            (true, false) => c.to_ascii_lowercase(),
            (false, _) => '_',
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if NOT_RAW.contains(&s.as_str()) {
        s.push('_');
    }
    let base = s.clone();
    let mut n = 2;
    while taken.contains(&s) {
        s = format!("{base}_{n}");
        n += 1;
    }
    taken.push(s.clone());
    ident(&s)
}

/// `name`, or `r#name` for a keyword.
fn ident(s: &str) -> proc_macro2::Ident {
    syn::parse_str::<proc_macro2::Ident>(s)
        .unwrap_or_else(|_| proc_macro2::Ident::new_raw(s, Span::call_site()))
}

/// One module per table or view: its name and one constant per column.
fn relation_module(r: &Relation, taken: &mut Vec<String>) -> TokenStream {
    let module = rust_ident(&r.key.name, false, taken);
    let name = r.key.name.as_str();
    let qualified = r.key.to_string();
    let mut doc = format!("`{qualified}`: {}", r.kind.as_str());
    if let Some(p) = &r.partition_by {
        doc.push_str(&format!(", partitioned by {p}"));
    }
    if let Some(o) = &r.origin {
        doc.push_str(&format!(", created at {o}"));
    }
    if !r.columns_exact {
        doc.push_str(". The schema model does not know every column of it; the constants below are those it knows");
    }
    let mut consts = TokenStream::new();
    let mut names = Vec::new();
    let mut taken_consts = Vec::new();
    for c in &r.columns {
        let id = rust_ident(&c.name, true, &mut taken_consts);
        let col = c.name.as_str();
        let mut d = format!("`{col}`");
        if let Some(t) = &c.ty {
            d.push_str(&format!(" `{t}`"));
        }
        if c.not_null {
            d.push_str(" NOT NULL");
        }
        if let Some(i) = &c.identity {
            d.push_str(&format!(", GENERATED {i} AS IDENTITY"));
        }
        if let Some(g) = &c.generated {
            d.push_str(&format!(", GENERATED ALWAYS AS ({g}) STORED"));
        }
        if let Some(v) = &c.default {
            d.push_str(&format!(", DEFAULT `{v}`"));
        }
        consts.extend(quote! {
            #[doc = #d]
            pub const #id: &str = #col;
        });
        names.push(col.to_string());
    }
    quote! {
        #[doc = #doc]
        pub mod #module {
            /// The name to use in SQL (unqualified; the schema is in `QUALIFIED`).
            pub const NAME: &str = #name;
            /// `schema.name` as PostgreSQL would print it (`name` alone for `public`).
            pub const QUALIFIED: &str = #qualified;
            /// Every column, in table order.
            pub const COLUMNS: &[&str] = &[#(#names),*];
            /// One constant per column: a column a later migration drops or renames stops
            /// compiling wherever it is named.
            pub mod columns {
                #consts
            }
        }
    }
}

/// `pub mod tables` and `pub mod views` for the schema after the last migration.
fn schema_names(model: Option<&SchemaModel>) -> TokenStream {
    let mut tables = TokenStream::new();
    let mut views = TokenStream::new();
    let (mut taken_t, mut taken_v) = (Vec::new(), Vec::new());
    if let Some(m) = model {
        for r in m.relations() {
            if r.partition_of.is_some() || r.temporary {
                continue;
            }
            if r.kind.is_table() || r.kind == gander_core::model::RelKind::ForeignTable {
                tables.extend(relation_module(r, &mut taken_t));
            } else if matches!(
                r.kind,
                gander_core::model::RelKind::View | gander_core::model::RelKind::MaterializedView
            ) {
                views.extend(relation_module(r, &mut taken_v));
            }
        }
    }
    quote! {
        /// The tables after the last migration (partitions are reached through their parent),
        /// from the schema model: `tables::audit_events::NAME`,
        /// `tables::audit_events::columns::EVENT_ID`.
        #[allow(non_snake_case, dead_code)]
        pub mod tables {
            #tables
        }
        /// The views and materialized views after the last migration, with their column names.
        #[allow(non_snake_case, dead_code)]
        pub mod views {
            #views
        }
    }
}

/// The items a caller refers to, so that one real error is not followed by a cascade.
fn stubs(parsed: &[Migration]) -> TokenStream {
    let mut out = constants(parsed);
    out.extend(quote! {
        /// Stub: the migrations did not compile.
        pub static MIGRATIONS: ::gander::MigrationSet = ::gander::MigrationSet::from_static(&[]);
    });
    out
}

/// The identifier of a migration's constant: `V013_CREATE_AUDIT_EVENTS_TABLE`.
fn const_name(m: &Migration) -> String {
    let file = m.file_name();
    let digits: String = file.chars().take_while(char::is_ascii_digit).collect();
    let mut name = format!("V{digits}_");
    for c in m.name.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_uppercase());
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    name.trim_end_matches('_').to_string()
}

fn constants(set: &[Migration]) -> TokenStream {
    let mut out = TokenStream::new();
    for m in set {
        let ident = format_ident!("{}", const_name(m));
        let v = m.version.get();
        let doc = format!(
            "`{}`{}",
            m.path,
            if m.no_transaction {
                " (NO TRANSACTION)"
            } else {
                ""
            }
        );
        out.extend(quote! {
            #[doc = #doc]
            pub const #ident: ::gander::Version = ::gander::Version::new(#v);
        });
    }
    let latest = set.last().map_or(0, |m| m.version.get());
    out.extend(quote! {
        /// The highest version in the set.
        pub const LATEST: ::gander::Version = ::gander::Version::new(#latest);
    });
    out
}

fn migration(m: &Migration) -> TokenStream {
    let version = m.version.get();
    let name = m.name.as_ref();
    let path = m.path.as_ref();
    let checksum = m.checksum.0;
    let no_tx = m.no_transaction;
    let up = section(&m.up);
    let down = match &m.down {
        Some(s) => {
            let s = section(s);
            quote! { ::core::option::Option::Some(#s) }
        }
        None => quote! { ::core::option::Option::None },
    };
    let assumes = m.assumes.iter().map(|a| {
        let (kind, name, line) = (a.kind.as_ref(), a.name.as_ref(), a.line);
        quote! {
            ::gander::Assumption {
                kind: ::std::borrow::Cow::Borrowed(#kind),
                name: ::std::borrow::Cow::Borrowed(#name),
                line: #line,
            }
        }
    });
    quote! {
        ::gander::Migration {
            version: ::gander::Version::new(#version),
            name: ::std::borrow::Cow::Borrowed(#name),
            path: ::std::borrow::Cow::Borrowed(#path),
            checksum: ::gander::Checksum([#(#checksum),*]),
            no_transaction: #no_tx,
            up: #up,
            down: #down,
            assumes: ::std::borrow::Cow::Borrowed(&[#(#assumes),*]),
        }
    }
}

fn section(s: &Section) -> TokenStream {
    let line = s.line;
    let units = s.units.iter().map(unit);
    quote! {
        ::gander::Section {
            line: #line,
            units: ::std::borrow::Cow::Borrowed(&[#(#units),*]),
        }
    }
}

fn unit(u: &Unit) -> TokenStream {
    let sql = u.sql.as_ref();
    let (line, column, block) = (u.line, u.column, u.block);
    let envsub = u.envsub.iter().map(|(a, b)| quote! { (#a, #b) });
    let skipped = u.skipped.iter();
    let statements = u.statements.iter().map(statement);
    quote! {
        ::gander::Unit {
            sql: ::std::borrow::Cow::Borrowed(#sql),
            line: #line,
            column: #column,
            block: #block,
            envsub: ::std::borrow::Cow::Borrowed(&[#(#envsub),*]),
            skipped: ::std::borrow::Cow::Borrowed(&[#(#skipped),*]),
            statements: ::std::borrow::Cow::Borrowed(&[#(#statements),*]),
        }
    }
}

fn statement(s: &Statement) -> TokenStream {
    let Statement {
        start,
        end,
        line,
        column,
    } = s;
    quote! {
        ::gander::Statement { start: #start, end: #end, line: #line, column: #column }
    }
}

/// See `gander::test` for the documentation.
#[proc_macro_attribute]
pub fn test(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    match test_impl(args.into(), item.into()) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn test_impl(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    use syn::parse::Parser;
    let mut migrations: Option<syn::Expr> = None;
    let mut version: Option<syn::Expr> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("migrations") {
            migrations = Some(meta.value()?.parse()?);
            Ok(())
        } else if meta.path.is_ident("version") {
            version = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error("expected `migrations = path::TO::MIGRATIONS` or `version = N`"))
        }
    });
    parser.parse2(args)?;
    let func: syn::ItemFn = syn::parse2(item)?;
    let Some(migrations) = migrations else {
        return Err(syn::Error::new(
            func.sig.ident.span(),
            "#[gander::test] needs the set: #[gander::test(migrations = crate::schema::MIGRATIONS)]",
        ));
    };
    if func.sig.asyncness.is_none() {
        return Err(syn::Error::new(
            func.sig.fn_token.span,
            "#[gander::test] goes on an `async fn`",
        ));
    }
    if func.sig.inputs.len() != 1 {
        return Err(syn::Error::new(
            func.sig.ident.span(),
            "#[gander::test] functions take one argument: `db: gander::testing::TestDatabase`",
        ));
    }
    let name = &func.sig.ident;
    let attrs = &func.attrs;
    let vis = &func.vis;
    let output = &func.sig.output;
    let mut inner = func.clone();
    inner.sig.ident = format_ident!("__gander_test_{}", name);
    inner.attrs.clear();
    let inner_name = &inner.sig.ident;
    let version = match version {
        Some(v) => quote! { ::core::option::Option::Some(::gander::Version::new(#v)) },
        None => quote! { ::core::option::Option::None },
    };
    Ok(quote! {
        #[::core::prelude::v1::test]
        #(#attrs)*
        #vis fn #name() #output {
            #inner
            let runtime = ::gander::testing::__runtime();
            runtime.block_on(async {
                let db = match ::gander::testing::TestDatabase::with_version(&#migrations, #version).await {
                    ::core::result::Result::Ok(db) => db,
                    ::core::result::Result::Err(e) => ::core::panic!("gander::test: no test database: {e}"),
                };
                #inner_name(db).await
            })
        }
    })
}
