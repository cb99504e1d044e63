#pragma once
// Randomness and hashing: libsodium for random tokens and argon2id, OpenSSL for SM3 (国密) digests.
#include <string>
#include <string_view>

namespace zhixie::crypto {

// Initialises libsodium once; call before any other function here (main and tests do).
void init();

// `bytes` random bytes as URL-safe base64 without padding.
std::string random_token(size_t bytes = 32);
// SM3 digest as lower-case hex.
std::string sm3_hex(std::string_view data);
// SHA-256 digest as lower-case hex (session token lookup keys).
std::string sha256_hex(std::string_view data);
// Standard base64 (with padding) of bytes, and back; decoding throws std::runtime_error on bad input.
std::string base64_encode(std::string_view bytes);
std::string base64_decode(std::string_view text);
// Constant-time comparison.
bool equal_ct(std::string_view a, std::string_view b);

}  // namespace zhixie::crypto
