#pragma once
// A file sent to a route as base64 inside a JSON body ({"filename", "content_base64"}).
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "services/files/attachments.hpp"

namespace zhixie::files {

// The body limit of such a route: base64 grows a file by a third; the JSON around it is small.
inline constexpr std::size_t kUploadBody = kMaxAttachmentBytes / 3 * 4 + 64 * 1024;

// The bytes of a base64 field of a request body; 400 missing_field / invalid_field.
std::string base64_field(const nlohmann::json& body, const std::string& field);

}  // namespace zhixie::files
