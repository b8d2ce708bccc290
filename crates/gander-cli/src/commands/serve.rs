//! `gander serve`: start a throwaway PostgreSQL, print its URL on stdout, and keep it until
//! stdin closes (for benchmarks and local experiments).

use std::process::ExitCode;

/// `gander serve`.
pub fn serve() -> ExitCode {
    match gander::ephemeral::EphemeralServer::start() {
        Ok(server) => {
            println!("{}", server.url());
            let _ = std::io::Write::flush(&mut std::io::stdout());
            let mut sink = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
            drop(server);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
