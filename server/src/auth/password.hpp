#pragma once
// Password hashing (argon2id via libsodium) and the password policy.
#include <string>

namespace zhixie::auth {

std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);
// At least 8 characters from at least three of: upper case, lower case, digits, symbols.
bool password_meets_policy(const std::string& password);

}  // namespace zhixie::auth
