#pragma once
// A file to download (exports): the bytes with their type and a Content-Disposition naming the file,
// with an ASCII fallback for old clients and the UTF-8 name in filename* (RFC 6266 / RFC 5987).
#include <string>

#include "http/message.hpp"

namespace zhixie::http {

// fallback_name: plain ASCII ("staff.xlsx"); filename: what the user sees ("机关干部名册.xlsx").
Response download(std::string bytes, const std::string& mime, const std::string& filename,
                  const std::string& fallback_name);

// Percent-encodes every byte outside RFC 5987's attr-char set.
std::string rfc5987_encode(const std::string& s);

}  // namespace zhixie::http
