//! Reading a stream one piece ahead on a second thread.
//!
//! Unlocking decrypts the vault file into SQLite's freshly allocated image. The two halves of that
//! cost are about equal on a 1,000-case vault: ChaCha20-Poly1305 on one side, and on the other the
//! first write to every page of the new buffer (a page fault each, dearer still in a VM). Decrypting
//! the next piece while the caller copies the last one into place overlaps them.

use std::io::{self, Read};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread;

use zeroize::Zeroizing;

/// How much plaintext one hand-over carries: a few of age's 64 KiB chunks.
const PIECE: usize = 256 * 1024;
/// Pieces decrypted and waiting: enough to keep the reader busy, little plaintext in flight.
const IN_FLIGHT: usize = 2;

type Piece = Zeroizing<Vec<u8>>;

/// Runs `consume` on a reader that yields what `source` yields, while a second thread reads
/// `source` ahead. Every piece is wiped when it is dropped; when `consume` stops early, the second
/// thread stops at its next piece.
pub(crate) fn read_ahead<S: Read + Send, T>(source: S, consume: impl FnOnce(&mut dyn Read) -> T) -> T {
    thread::scope(|scope| {
        let (full, filled) = mpsc::sync_channel(IN_FLIGHT);
        let (spare, spares) = mpsc::channel();
        scope.spawn(move || produce(source, &full, &spares));
        let mut reader = Ahead { filled, spare, current: None, at: 0 };
        consume(&mut reader)
    })
}

fn produce(mut source: impl Read, full: &SyncSender<io::Result<Piece>>, spares: &Receiver<Piece>) {
    loop {
        let mut piece = spares.try_recv().unwrap_or_else(|_| Zeroizing::new(Vec::with_capacity(PIECE)));
        piece.clear();
        let filled = fill(&mut source, &mut piece);
        let done = !matches!(filled, Ok(n) if n > 0);
        let sent = match filled {
            Ok(0) => Ok(()),
            Ok(_) => full.send(Ok(piece)),
            Err(error) => full.send(Err(error)),
        };
        if done || sent.is_err() {
            return;
        }
    }
}

/// Reads into `piece` until it holds [`PIECE`] bytes or the source ends; the bytes read.
fn fill(source: &mut impl Read, piece: &mut Vec<u8>) -> io::Result<usize> {
    piece.resize(PIECE, 0);
    let mut len = 0;
    while len < PIECE {
        match source.read(&mut piece[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => {
                piece.truncate(len);
                return Err(error);
            }
        }
    }
    piece.truncate(len);
    Ok(len)
}

struct Ahead {
    filled: Receiver<io::Result<Piece>>,
    spare: Sender<Piece>,
    current: Option<Piece>,
    at: usize,
}

impl Read for Ahead {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(piece) = &self.current {
                if self.at < piece.len() {
                    let n = buf.len().min(piece.len() - self.at);
                    buf[..n].copy_from_slice(&piece[self.at..self.at + n]);
                    self.at += n;
                    return Ok(n);
                }
            }
            if let Some(used) = self.current.take() {
                // The producer may have finished; then the piece is simply wiped here.
                let _ = self.spare.send(used);
            }
            match self.filled.recv() {
                Ok(piece) => {
                    self.current = Some(piece?);
                    self.at = 0;
                }
                // The producer is done and everything it sent has been read.
                Err(_) => return Ok(0),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source that hands out at most `step` bytes a read and then fails after `fail_at`, if set.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
        fail_at: Option<usize>,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.fail_at.is_some_and(|at| self.at >= at) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "tag"));
            }
            let n = buf.len().min(self.step).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    #[test]
    fn yields_exactly_what_the_source_holds() {
        for len in [0, 1, PIECE - 1, PIECE, PIECE + 1, 5 * PIECE + 12_345] {
            let source = Trickle { data: data(len), at: 0, step: 65_536 + 3, fail_at: None };
            let mut out = Vec::new();
            read_ahead(source, |reader| reader.read_to_end(&mut out)).unwrap();
            assert_eq!(out, data(len), "length {len}");
        }
    }

    #[test]
    fn a_failing_source_fails_the_reader_after_what_came_before() {
        let source = Trickle { data: data(3 * PIECE), at: 0, step: 1000, fail_at: Some(PIECE + 5000) };
        let mut out = Vec::new();
        let error = read_ahead(source, |reader| reader.read_to_end(&mut out)).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert_eq!(out, data(3 * PIECE)[..PIECE], "the whole pieces before the failure arrive, no more");
    }

    #[test]
    fn a_consumer_that_stops_early_does_not_hang() {
        let source = Trickle { data: data(40 * PIECE), at: 0, step: 65_536, fail_at: None };
        let mut first = [0; 10];
        read_ahead(source, |reader| reader.read_exact(&mut first)).unwrap();
        assert_eq!(first[..], data(10)[..]);
    }
}
