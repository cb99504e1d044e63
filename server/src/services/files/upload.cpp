#include "services/files/upload.hpp"

#include "core/crypto.hpp"
#include "core/error.hpp"

namespace zhixie::files {

std::string base64_field(const nlohmann::json& b, const std::string& field) {
    auto it = b.find(field);
    if (it == b.end() || it->is_null()) throw AppError::missing_field(field);
    if (!it->is_string()) throw AppError::invalid_field(field);
    try {
        return crypto::base64_decode(it->get_ref<const std::string&>());
    } catch (const std::runtime_error&) {
        throw AppError::invalid_field(field, "base64");
    }
}

}  // namespace zhixie::files
