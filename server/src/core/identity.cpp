#include "core/identity.hpp"

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
    if (id.size() < 14) return "";
    return std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
           std::string(id.substr(12, 2));
}

}  // namespace zhixie::identity
