#include "core/identity.hpp"

#include "core/dates.hpp"

namespace zhixie::identity {

char id_card_check(std::string_view first17) {
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (size_t k = 0; k < 17 && k < first17.size(); ++k)
        sum += (first17[k] - '0') * weights[k];
    return checks[sum % 11];
}

std::string id_card_birth_date(std::string_view id) {
    return std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
           std::string(id.substr(12, 2));
}

bool valid_id_card(std::string_view id) {
    if (id.size() != 18) return false;
    for (size_t k = 0; k < 17; ++k)
        if (id[k] < '0' || id[k] > '9') return false;
    if (!dates::is_iso_date(id_card_birth_date(id))) return false;
    return id[17] == id_card_check(id.substr(0, 17));
}

bool valid_phone(std::string_view p) {
    auto digits = [](std::string_view s) {
        return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const auto dash = p.find('-');
    if (dash == std::string_view::npos) {
        if (!digits(p)) return false;
        if (p[0] == '1') return p.size() == 11;                    // mobile
        if (p[0] == '0') return p.size() == 11 || p.size() == 12;  // landline with its area code
        return p.size() == 7 || p.size() == 8;                     // local number
    }
    const auto area = p.substr(0, dash), local = p.substr(dash + 1);
    return digits(area) && digits(local) && area[0] == '0' && area.size() >= 3 && area.size() <= 4 &&
           local.size() >= 7 && local.size() <= 8;
}

}  // namespace zhixie::identity
