#pragma once
// Files attached to records. The type is read from the bytes (PDF, PNG, JPEG, GIF, WebP, Word .docx/.doc) and
// must agree with the file name's extension: a file whose name lies about what it is, or that is too large or
// empty, is refused with the reason (422). Stored in the database; served only through the owning domain,
// which decides who may see what.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "storage/db.hpp"

namespace zhixie::files {

inline constexpr std::size_t kMaxAttachmentBytes = 20 * 1024 * 1024;

struct Owner {
    int64_t committee_id = 0;
    std::string kind;  // "proposal" …
    int64_t id = 0;
};

struct Upload {
    std::string filename;  // as the user named it (path parts are dropped)
    std::string_view bytes;
    std::string role;  // proposer | unit | staff
    std::optional<int64_t> uploaded_by;
};

struct Stored {
    int64_t id = 0;
    std::string filename;
    std::string content_type;
    int64_t size = 0;
    std::string role;
    std::optional<int64_t> uploaded_by;
    std::string content;  // the bytes (only from load())
};

// The content type the bytes are, checked against the name; 422 file_empty | file_too_large |
// file_type_not_allowed | file_type_mismatch otherwise.
std::string check(std::string_view filename, std::string_view bytes,
                  std::size_t max_bytes = kMaxAttachmentBytes);
// The last path component, control characters and leading dots removed; 400 invalid_field when empty or
// longer than 120 characters.
std::string clean_name(std::string_view filename);

int64_t store(storage::Tx& tx, const Owner& owner, const Upload& up);
// The owner id of attachment `id` of that committee and owner kind, or nullopt.
std::optional<int64_t> owner_id(storage::Tx& tx, int64_t committee_id, const std::string& kind, int64_t id);
// One attachment of the owner, with its bytes; nullopt when the owner has no such attachment.
std::optional<Stored> load(storage::Tx& tx, const Owner& owner, int64_t id);
// The owner's attachments, without bytes: [{id, filename, content_type, size, role, uploaded_by,
// uploaded_by_name, created_at}], oldest first.
nlohmann::json list(storage::Tx& tx, const Owner& owner);
void remove(storage::Tx& tx, const Owner& owner, int64_t id);

}  // namespace zhixie::files
