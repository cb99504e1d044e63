#pragma once
// Checks on the numbers that identify a person in China: the 18-character resident ID card number
// (GB 11643: region, birth date, sequence and an ISO 7064 MOD 11-2 check character) and phone numbers.
#include <string>
#include <string_view>

namespace zhixie::identity {

// The check character ('0'–'9' or 'X') for the first 17 digits of an ID card number.
char id_card_check(std::string_view first17);
// An 18-character number with a real birth date and the right check character (upper-case X).
bool valid_id_card(std::string_view id);
// The birth date an ID card number carries, "YYYY-MM-DD" (the number must be valid).
std::string id_card_birth_date(std::string_view id);

// A mobile number (11 digits starting with 1) or a landline such as 0912-5321234 (digits and one '-').
bool valid_phone(std::string_view phone);

}  // namespace zhixie::identity
