//! The smallest ZIP archive an XLSX needs: entries stored as they are (no compression; an action
//! list is a few kilobytes), a fixed time stamp so the same list gives the same bytes, CRC-32 by
//! crc32fast. APPNOTE 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16
//! (end of central directory).

/// 1980-01-01 00:00, the first moment MS-DOS time can hold.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;

/// An archive of `(name, contents)` entries, in that order.
pub fn stored(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = u32::try_from(out.len()).expect("an action list is far below 4 GiB");
        let crc = crc32fast::hash(data);
        let size = u32::try_from(data.len()).expect("an action list is far below 4 GiB");
        let name_len = u16::try_from(name.len()).expect("a short part name");

        out.extend(0x0403_4b50u32.to_le_bytes());
        header_fields(&mut out, crc, size, name_len);
        out.extend(name.as_bytes());
        out.extend(data);

        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // made by: version 2.0
        header_fields(&mut central, crc, size, name_len);
        central.extend(0u16.to_le_bytes()); // comment length
        central.extend(0u16.to_le_bytes()); // disk number
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(0u32.to_le_bytes()); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let central_at = u32::try_from(out.len()).expect("small");
    let central_len = u32::try_from(central.len()).expect("small");
    let count = u16::try_from(entries.len()).expect("a few parts");
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // this disk
    out.extend(0u16.to_le_bytes()); // disk with the central directory
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(central_len.to_le_bytes());
    out.extend(central_at.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // comment length
    out
}

/// The fields local and central headers share: version needed, flags (bit 11: the name is UTF-8),
/// method (0: stored), time, date, CRC, sizes, name length, extra length.
fn header_fields(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    out.extend(20u16.to_le_bytes());
    out.extend((1u16 << 11).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(DOS_TIME.to_le_bytes());
    out.extend(DOS_DATE.to_le_bytes());
    out.extend(crc.to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(name_len.to_le_bytes());
    out.extend(0u16.to_le_bytes());
}
