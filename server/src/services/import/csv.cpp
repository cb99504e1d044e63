#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

#include "core/error.hpp"
#include "core/text.hpp"
#include "services/import/table.hpp"

namespace zhixie::import {

std::string gb18030_to_utf8(const std::string& bytes) {
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("GB18030", &e), ucnv_close);
    if (U_FAILURE(e)) throw std::runtime_error("GB18030 converter unavailable");
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &e);
    std::u16string wide(bytes.size() + 1, u'\0');
    int32_t n =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(wide.data()), static_cast<int32_t>(wide.size()),
                      bytes.data(), static_cast<int32_t>(bytes.size()), &e);
    if (U_FAILURE(e)) throw std::runtime_error("not GB18030");
    wide.resize(static_cast<size_t>(n));
    std::string out;
    icu::UnicodeString(reinterpret_cast<const UChar*>(wide.data()), n).toUTF8String(out);
    return out;
}

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    for (size_t k = 0; k < s.size(); ++k) {
        char c = s[k];
        if (quoted) {
            if (c == '"') {
                if (k + 1 < s.size() && s[k + 1] == '"') {
                    cell.push_back('"');
                    ++k;
                } else {
                    quoted = false;
                }
            } else {
                cell.push_back(c);
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(text::trim(cell));
            cell.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
            if (any || !cell.empty()) row.push_back(text::trim(cell));
            rows.push_back(std::move(row));  // an empty line stays an (empty) row, so numbering holds
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell.push_back(c);
            any = true;
        }
    }
    if (quoted) throw AppError::bad_request("import_bad_file", {{"reason", "unterminated quote"}});
    if (any || !cell.empty()) {
        row.push_back(text::trim(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

Table read_csv(const std::string& raw, Encoding enc) {
    std::string bytes = raw;
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes = bytes.substr(3);  // UTF-8 BOM
    bool utf8 = text::valid_utf8(bytes);
    if (enc == Encoding::utf8 && !utf8) {
        // find the first bad line to name it
        size_t line = 1;
        for (auto& l : text::split(bytes, '\n')) {
            if (!text::valid_utf8(l)) break;
            ++line;
        }
        throw AppError::bad_request("import_bad_encoding", {{"row", line}});
    }
    if (enc == Encoding::gb18030 || (enc == Encoding::automatic && !utf8)) {
        try {
            bytes = gb18030_to_utf8(bytes);
        } catch (const std::exception&) {
            throw AppError::bad_request("import_bad_encoding", {{"row", 0}});
        }
    }
    auto rows = parse_csv(bytes);
    size_t first = 0;
    while (first < rows.size() && rows[first].empty())
        ++first;
    if (first == rows.size()) throw AppError::bad_request("import_bad_file", {{"reason", "empty"}});
    Table t;
    t.header = std::move(rows[first]);
    for (size_t k = first + 1; k < rows.size(); ++k) {
        auto& r = rows[k];
        bool blank = true;
        for (auto& c : r)
            if (!c.empty()) blank = false;
        if (blank) continue;
        r.resize(std::max(r.size(), t.header.size()));
        t.rows.push_back(std::move(r));
        t.row_numbers.push_back(static_cast<int64_t>(k + 1));
    }
    return t;
}

Encoding parse_encoding(const std::string& name) {
    const std::string n = text::to_lower_ascii(name);
    if (n.empty() || n == "auto") return Encoding::automatic;
    if (n == "utf8" || n == "utf-8") return Encoding::utf8;
    if (n == "gb18030" || n == "gbk") return Encoding::gb18030;
    throw AppError::invalid_field("encoding", "auto | utf8 | gb18030");
}

Table read_table(const std::string& bytes, const std::string& filename, Encoding enc) {
    std::string lower = text::to_lower_ascii(filename);
    bool xlsx =
        bytes.rfind("PK\x03\x04", 0) == 0 || (lower.size() > 5 && lower.substr(lower.size() - 5) == ".xlsx");
    return xlsx ? read_xlsx(bytes) : read_csv(bytes, enc);
}

}  // namespace zhixie::import
