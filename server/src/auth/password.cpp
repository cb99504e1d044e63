#include "auth/password.hpp"

#include <stdexcept>

#include <sodium.h>

#include "core/input.hpp"

namespace zhixie::auth {

std::string hash_password(const std::string& password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify_password(const std::string& hash, const std::string& password) {
    if (hash.empty()) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool password_meets_policy(const std::string& password) {
    if (input::utf8_length(password) < 8 || password.size() > 256) return false;
    bool lower = false, upper = false, digit = false, symbol = false;
    for (unsigned char c : password) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else
            symbol = true;
    }
    return lower + upper + digit + symbol >= 3;
}

}  // namespace zhixie::auth
