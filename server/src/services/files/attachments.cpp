#include "services/files/attachments.hpp"

#include <algorithm>
#include <array>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "core/text.hpp"

namespace zhixie::files {

namespace {

struct Type {
    const char* mime;
    std::array<const char*, 2> extensions;  // what a name of this type may end with
};

bool starts(std::string_view bytes, std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
}

// What the bytes are, whatever the name says; nullptr when none of the allowed kinds.
const Type* sniff(std::string_view b) {
    static const Type pdf{"application/pdf", {"pdf", nullptr}};
    static const Type png{"image/png", {"png", nullptr}};
    static const Type jpeg{"image/jpeg", {"jpg", "jpeg"}};
    static const Type gif{"image/gif", {"gif", nullptr}};
    static const Type webp{"image/webp", {"webp", nullptr}};
    static const Type docx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           {"docx", nullptr}};
    static const Type doc{"application/msword", {"doc", nullptr}};
    using namespace std::string_view_literals;
    if (starts(b, "%PDF-")) return &pdf;
    if (starts(b, "\x89PNG\r\n\x1a\n"sv)) return &png;
    if (starts(b, "\xFF\xD8\xFF"sv)) return &jpeg;
    if (starts(b, "GIF87a") || starts(b, "GIF89a")) return &gif;
    if (starts(b, "RIFF") && b.size() >= 12 && b.substr(8, 4) == "WEBP") return &webp;
    // A Word 2007+ file is a zip whose parts include word/document.xml (other zips — .xlsx, .zip — are not).
    if (starts(b, "PK\x03\x04"sv) && b.find("word/document.xml") != std::string_view::npos) return &docx;
    if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return &doc;
    return nullptr;
}

std::string extension_of(std::string_view name) {
    auto dot = name.rfind('.');
    if (dot == std::string_view::npos) return "";
    return text::to_lower_ascii(std::string(name.substr(dot + 1)));
}

}  // namespace

std::string clean_name(std::string_view filename) {
    auto slash = filename.find_last_of("/\\");
    std::string_view last = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
    std::string out;
    for (unsigned char c : last)
        if (c >= 0x20 && c != 0x7F && c != '"') out.push_back(static_cast<char>(c));
    out = text::trim(out);
    while (!out.empty() && out.front() == '.')
        out.erase(out.begin());  // no hidden or "..": names
    if (out.empty()) throw AppError::invalid_field("filename");
    if (input::utf8_length(out) > 120) throw AppError::invalid_field("filename", "max 120");
    return out;
}

std::string check(std::string_view filename, std::string_view bytes, std::size_t max_bytes) {
    if (bytes.empty()) throw AppError::unprocessable("file_empty");
    if (bytes.size() > max_bytes)
        throw AppError::unprocessable("file_too_large", {{"max_mb", max_bytes / (1024 * 1024)}});
    const Type* t = sniff(bytes);
    if (!t)
        throw AppError::unprocessable("file_type_not_allowed",
                                      {{"allowed", "PDF, PNG, JPG, GIF, WebP, DOC, DOCX"}});
    const std::string ext = extension_of(filename);
    for (const char* e : t->extensions)
        if (e && ext == e) return t->mime;
    throw AppError::unprocessable("file_type_mismatch",
                                  {{"extension", ext.empty() ? "—" : ext}, {"actual", t->extensions[0]}});
}

int64_t store(storage::Tx& tx, const Owner& owner, const Upload& up) {
    const std::string name = clean_name(up.filename);
    const std::string mime = check(name, up.bytes);
    return tx.insert(
        "INSERT INTO attachments (committee_id, owner_kind, owner_id, role, filename, content_type, size, "
        "sha256, "
        "content, uploaded_by, created_at) VALUES (:c, :k, :o, :r, :f, :m, :s, :h, :b, :u, :now) RETURNING "
        "id",
        {{"c", owner.committee_id},
         {"k", owner.kind},
         {"o", owner.id},
         {"r", up.role},
         {"f", name},
         {"m", mime},
         {"s", static_cast<int64_t>(up.bytes.size())},
         {"h", crypto::sha256_hex(up.bytes)},
         {"b", crypto::base64_encode(up.bytes)},
         {"u", up.uploaded_by ? storage::Value(*up.uploaded_by) : storage::Value{}},
         {"now", clock::now_iso()}});
}

std::optional<int64_t> owner_id(storage::Tx& tx, int64_t committee_id, const std::string& kind, int64_t id) {
    auto r =
        tx.one("SELECT owner_id FROM attachments WHERE id = :id AND committee_id = :c AND owner_kind = :k",
               {{"id", id}, {"c", committee_id}, {"k", kind}});
    return r ? std::optional<int64_t>(r->i("owner_id")) : std::nullopt;
}

std::optional<Stored> load(storage::Tx& tx, const Owner& owner, int64_t id) {
    auto r = tx.one(
        "SELECT id, filename, content_type, size, role, uploaded_by, content FROM attachments WHERE id = :id "
        "AND "
        "committee_id = :c AND owner_kind = :k AND owner_id = :o",
        {{"id", id}, {"c", owner.committee_id}, {"k", owner.kind}, {"o", owner.id}});
    if (!r) return std::nullopt;
    return Stored{r->i("id"),
                  r->s("filename"),
                  r->s("content_type"),
                  r->i("size"),
                  r->s("role"),
                  r->opt_i("uploaded_by"),
                  crypto::base64_decode(r->s("content"))};
}

nlohmann::json list(storage::Tx& tx, const Owner& owner) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT a.id, a.filename, a.content_type, a.size, a.role, a.uploaded_by, u.display_name, "
             "a.created_at "
             "FROM attachments a LEFT JOIN users u ON u.id = a.uploaded_by WHERE a.committee_id = :c AND "
             "a.owner_kind = :k AND a.owner_id = :o ORDER BY a.id",
             {{"c", owner.committee_id}, {"k", owner.kind}, {"o", owner.id}}))
        out.push_back(
            {{"id", r.i("id")},
             {"filename", r.s("filename")},
             {"content_type", r.s("content_type")},
             {"size", r.i("size")},
             {"role", r.s("role")},
             {"uploaded_by", r.opt_i("uploaded_by") ? nlohmann::json(*r.opt_i("uploaded_by")) : nullptr},
             {"uploaded_by_name", r.s("display_name")},
             {"created_at", r.s("created_at")}});
    return out;
}

void remove(storage::Tx& tx, const Owner& owner, int64_t id) {
    tx.exec(
        "DELETE FROM attachments WHERE id = :id AND committee_id = :c AND owner_kind = :k AND owner_id = :o",
        {{"id", id}, {"c", owner.committee_id}, {"k", owner.kind}, {"o", owner.id}});
}

}  // namespace zhixie::files
