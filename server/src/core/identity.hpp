#pragma once
// The 18-character resident ID card number (GB 11643): region, birth date, sequence and an ISO 7064
// MOD 11-2 check character. (check::id_card in field_errors.hpp validates one.)
#include <string>
#include <string_view>

namespace zhixie::identity {

// The check character ('0'–'9' or 'X') for the first 17 digits of an ID card number.
char id_card_check(std::string_view first17);
// The birth date an 18-character number carries, "YYYY-MM-DD" (not checked).
std::string id_card_birth_date(std::string_view id);

}  // namespace zhixie::identity
