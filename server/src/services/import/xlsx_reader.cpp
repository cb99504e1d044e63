// A small .xlsx reader: a ZIP central-directory walk, zlib inflate, and a scan of the shared strings and
// the first worksheet. Enough for rosters typed in Excel or WPS; formulas are read as their cached values.
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>

#include "core/error.hpp"
#include "core/text.hpp"
#include "services/import/table.hpp"

namespace zhixie::import {

namespace {

constexpr size_t kMaxEntry = 200u * 1024 * 1024;  // refuse zip bombs

[[noreturn]] void bad(const std::string& reason) {
    throw AppError::bad_request("import_bad_file", {{"reason", reason}});
}

uint32_t u32(const std::string& b, size_t at) {
    if (at + 4 > b.size()) bad("truncated zip");
    return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) |
           static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
           static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
uint16_t u16(const std::string& b, size_t at) {
    if (at + 2 > b.size()) bad("truncated zip");
    return static_cast<uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1])
                                                                         << 8);
}

std::map<std::string, std::string> unzip(const std::string& z) {
    // end of central directory: signature 0x06054b50 within the last 64 KiB
    if (z.size() < 22) bad("not a zip file");
    size_t eocd = std::string::npos;
    for (size_t k = z.size() - 22 + 1; k-- > 0 && z.size() - k < 66000;)
        if (u32(z, k) == 0x06054b50) {
            eocd = k;
            break;
        }
    if (eocd == std::string::npos) bad("not a zip file");
    uint16_t entries = u16(z, eocd + 10);
    size_t cd = u32(z, eocd + 16);
    std::map<std::string, std::string> files;
    for (uint16_t e = 0; e < entries; ++e) {
        if (u32(z, cd) != 0x02014b50) bad("broken zip directory");
        uint16_t method = u16(z, cd + 10);
        uint32_t csize = u32(z, cd + 20), usize = u32(z, cd + 24);
        uint16_t nlen = u16(z, cd + 28), xlen = u16(z, cd + 30), clen = u16(z, cd + 32);
        uint32_t local = u32(z, cd + 42);
        if (cd + 46 + nlen > z.size()) bad("broken zip directory");
        std::string name = z.substr(cd + 46, nlen);
        cd += 46 + nlen + xlen + clen;
        if (name.rfind("xl/", 0) != 0) continue;
        if (u32(z, local) != 0x04034b50) bad("broken zip entry");
        size_t data = local + 30 + u16(z, local + 26) + u16(z, local + 28);
        if (data + csize > z.size()) bad("truncated zip");
        if (usize > kMaxEntry) bad("spreadsheet too large");
        if (method == 0) {
            files[name] = z.substr(data, csize);
        } else if (method == 8) {
            std::string out(usize, '\0');
            z_stream s{};
            if (inflateInit2(&s, -MAX_WBITS) != Z_OK) bad("inflate failed");
            s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data() + data));
            s.avail_in = csize;
            s.next_out = reinterpret_cast<Bytef*>(out.data());
            s.avail_out = usize;
            int rc = inflate(&s, Z_FINISH);
            inflateEnd(&s);
            if (rc != Z_STREAM_END) bad("corrupt zip entry " + name);
            files[name] = std::move(out);
        } else {
            bad("unsupported zip compression");
        }
    }
    return files;
}

std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t k = 0; k < s.size(); ++k) {
        if (s[k] != '&') {
            out.push_back(s[k]);
            continue;
        }
        auto semi = s.find(';', k);
        if (semi == std::string_view::npos) {
            out.push_back('&');
            continue;
        }
        std::string_view ent = s.substr(k + 1, semi - k - 1);
        if (ent == "amp")
            out += '&';
        else if (ent == "lt")
            out += '<';
        else if (ent == "gt")
            out += '>';
        else if (ent == "quot")
            out += '"';
        else if (ent == "apos")
            out += '\'';
        else if (!ent.empty() && ent[0] == '#') {
            unsigned long cp = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X')
                                   ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                                   : std::stoul(std::string(ent.substr(1)));
            if (cp < 0x80)
                out += static_cast<char>(cp);
            else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (cp >> 18));
                out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
        } else {
            out.append(s.substr(k, semi - k + 1));
        }
        k = semi;
    }
    return out;
}

// Text of every <t>…</t> between from and to (rich-text runs are concatenated).
std::string texts(const std::string& xml, size_t from, size_t to) {
    std::string out;
    for (size_t p = xml.find("<t", from); p != std::string::npos && p < to; p = xml.find("<t", p + 2)) {
        char next = xml[p + 2];
        if (next != '>' && next != ' ') continue;  // <tc…> and the like
        size_t open_end = xml.find('>', p);
        if (open_end == std::string::npos || xml[open_end - 1] == '/') continue;
        size_t close = xml.find("</t>", open_end);
        if (close == std::string::npos || close > to) break;
        out += unescape(std::string_view(xml).substr(open_end + 1, close - open_end - 1));
    }
    return out;
}

std::optional<std::string> attr(std::string_view tag, std::string_view name) {
    std::string key = " " + std::string(name) + "=\"";
    auto p = tag.find(key);
    if (p == std::string_view::npos) return std::nullopt;
    auto start = p + key.size();
    auto end = tag.find('"', start);
    return std::string(tag.substr(start, end - start));
}

size_t column_of(const std::string& ref) {
    size_t col = 0;
    for (char c : ref) {
        if (c < 'A' || c > 'Z') break;
        col = col * 26 + static_cast<size_t>(c - 'A' + 1);
    }
    return col == 0 ? 0 : col - 1;
}

}  // namespace

Table read_xlsx(const std::string& bytes) {
    auto files = unzip(bytes);
    std::vector<std::string> shared;
    if (auto it = files.find("xl/sharedStrings.xml"); it != files.end()) {
        const std::string& x = it->second;
        for (size_t p = x.find("<si"); p != std::string::npos; p = x.find("<si", p + 3)) {
            size_t end = x.find("</si>", p);
            if (end == std::string::npos) break;
            shared.push_back(texts(x, p, end));
        }
    }
    const std::string* sheet = nullptr;
    if (auto it = files.find("xl/worksheets/sheet1.xml"); it != files.end()) sheet = &it->second;
    for (auto& [name, body] : files)
        if (!sheet && name.rfind("xl/worksheets/sheet", 0) == 0) sheet = &body;
    if (!sheet) bad("no worksheet");
    const std::string& x = *sheet;
    std::vector<std::vector<std::string>> rows;
    std::vector<int64_t> numbers;  // the r attribute of each <row>: Excel's row number
    for (size_t r = x.find("<row"); r != std::string::npos; r = x.find("<row", r + 4)) {
        size_t rend = x.find("</row>", r);
        size_t rtag_end = x.find('>', r);
        if (rtag_end != std::string::npos && x[rtag_end - 1] == '/') continue;  // empty row
        if (rend == std::string::npos) break;
        const auto number = attr(std::string_view(x.data() + r, rtag_end - r), "r");
        numbers.push_back(number && !number->empty() && number->size() < 8 &&
                                  number->find_first_not_of("0123456789") == std::string::npos
                              ? std::stoll(*number)
                              : static_cast<int64_t>(rows.size() + 1));
        std::vector<std::string> row;
        size_t next_col = 0;
        for (size_t c = x.find("<c", r); c != std::string::npos && c < rend; c = x.find("<c", c + 2)) {
            if (x[c + 2] != ' ' && x[c + 2] != '>') continue;
            size_t tag_end = x.find('>', c);
            std::string_view tag(x.data() + c, tag_end - c);
            size_t col = next_col;
            if (auto ref = attr(tag, "r")) col = column_of(*ref);
            next_col = col + 1;
            std::string value;
            if (x[tag_end - 1] != '/') {
                size_t cend = x.find("</c>", tag_end);
                auto type = attr(tag, "t").value_or("n");
                if (type == "inlineStr") {
                    value = texts(x, tag_end, cend);
                } else {
                    size_t v = x.find("<v>", tag_end);
                    if (v != std::string::npos && v < cend) {
                        std::string raw =
                            unescape(std::string_view(x).substr(v + 3, x.find("</v>", v) - v - 3));
                        if (type == "s") {
                            size_t idx = std::stoul(raw);
                            if (idx >= shared.size()) bad("broken shared string");
                            value = shared[idx];
                        } else {
                            value = raw;
                        }
                    }
                }
            }
            if (row.size() <= col) row.resize(col + 1);
            row[col] = text::trim(value);
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty()) bad("empty");
    Table t;
    t.header = rows.front();
    while (!t.header.empty() && t.header.back().empty())
        t.header.pop_back();
    for (size_t k = 1; k < rows.size(); ++k) {
        bool blank = true;
        for (auto& c : rows[k])
            if (!c.empty()) blank = false;
        if (blank) continue;
        rows[k].resize(std::max(rows[k].size(), t.header.size()));
        t.rows.push_back(std::move(rows[k]));
        t.row_numbers.push_back(numbers[k]);
    }
    return t;
}

}  // namespace zhixie::import
