// Every error code the server can throw must have a message in both languages.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/error.hpp"

namespace zhixie {
bool has_error_message(const std::string& code);
}

TEST(Messages, EveryThrownCodeHasAMessage) {
    std::set<std::string> codes;
    const std::regex patterns[] = {
        std::regex(R"(AppError\(\s*\d{3},\s*"([a-z_]+)\")"),
        std::regex(R"(AppError::(?:bad_request|conflict|unprocessable)\(\s*"([a-z_]+)\")"),
    };
    for (const auto& entry : std::filesystem::recursive_directory_iterator(ZHIXIE_SOURCE_DIR "/server/src")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string src = ss.str();
        for (const auto& re : patterns)
            for (std::sregex_iterator it(src.begin(), src.end(), re), end; it != end; ++it) codes.insert((*it)[1]);
    }
    ASSERT_GT(codes.size(), 10u) << "the scan found too few codes; the pattern is probably wrong";
    for (const auto& c : codes) EXPECT_TRUE(zhixie::has_error_message(c)) << "no message for error code " << c;
}
