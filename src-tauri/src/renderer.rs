//! How the web view draws, chosen before it starts.
//!
//! On Linux, WebKitGTK composites the page on the GPU by default. Where there is no real GPU (ward
//! PCs on integrated graphics with old drivers, virtual desktops, Xvfb) that runs on software GL,
//! and every frame costs 25-35 ms: opening the richest case took about 300 ms to its first
//! interactive frame, and 80 ms with compositing off. Leerteam is forms and text, with no animation
//! that compositing would help, so it draws without it unless the facilitator's IT asks otherwise
//! (`LEERTEAM_GPU_COMPOSITING=1`), or has set WebKit's own variable. On Windows (WebView2) and
//! macOS (WKWebView) the platform decides, and this does nothing.

/// Set to `1` to keep WebKitGTK's GPU compositing.
pub const GPU_COMPOSITING_VAR: &str = "LEERTEAM_GPU_COMPOSITING";

const WEBKIT_VAR: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Call first thing in `main`, while the process has one thread: it may set an environment variable.
pub fn choose() {
    if cfg!(target_os = "linux")
        && turns_compositing_off(
            std::env::var_os(GPU_COMPOSITING_VAR).as_deref(),
            std::env::var_os(WEBKIT_VAR).as_deref(),
        )
    {
        std::env::set_var(WEBKIT_VAR, "1");
    }
}

/// Off, unless asked for with our variable or decided already with WebKit's.
fn turns_compositing_off(ours: Option<&std::ffi::OsStr>, webkit: Option<&std::ffi::OsStr>) -> bool {
    ours.is_none_or(|v| v != "1") && webkit.is_none()
}

#[cfg(test)]
mod tests {
    use super::turns_compositing_off;
    use std::ffi::OsStr;

    #[test]
    fn compositing_goes_off_unless_someone_decided_otherwise() {
        assert!(turns_compositing_off(None, None));
        assert!(turns_compositing_off(Some(OsStr::new("0")), None));
        assert!(!turns_compositing_off(Some(OsStr::new("1")), None), "asked for the GPU");
        assert!(!turns_compositing_off(None, Some(OsStr::new("0"))), "WebKit's own variable is left as set");
        assert!(!turns_compositing_off(None, Some(OsStr::new("1"))));
    }
}
