#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "core/text.hpp"

using namespace zhixie;

TEST(Utf8, AcceptsChineseAndAscii) {
    EXPECT_TRUE(text::valid_utf8("政协清涧县委员会 abc"));
    EXPECT_TRUE(text::valid_utf8(""));
    EXPECT_TRUE(text::valid_utf8("\xF0\x9F\x98\x80"));  // emoji, 4 bytes
}

TEST(Utf8, RejectsMalformedInput) {
    EXPECT_FALSE(text::valid_utf8("\xC3"));              // truncated
    EXPECT_FALSE(text::valid_utf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(text::valid_utf8("\xED\xA0\x80"));      // surrogate
    EXPECT_FALSE(text::valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
    EXPECT_FALSE(text::valid_utf8("\xD5\xFE"));          // GBK bytes, not UTF-8
    EXPECT_FALSE(text::valid_utf8("ok\xFF"));
}

TEST(UrlDecode, DecodesEscapesAndRejectsBrokenOnes) {
    std::string out;
    ASSERT_TRUE(text::url_decode("%E6%94%BF+a", out, true));
    EXPECT_EQ(out, "政 a");
    ASSERT_TRUE(text::url_decode("a+b", out, false));
    EXPECT_EQ(out, "a+b");
    EXPECT_FALSE(text::url_decode("%E6%9", out, true));
    EXPECT_FALSE(text::url_decode("%zz", out, true));
    EXPECT_FALSE(text::url_decode("%", out, true));
}

TEST(Input, NamesTheFieldInErrors) {
    nlohmann::json body = {{"name", 5}, {"title", "  "}};
    try {
        input::req_str(body, "name");
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "invalid_field");
        EXPECT_EQ(e.details()["field"], "name");
    }
    try {
        input::req_str(body, "title");
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "missing_field");
        EXPECT_EQ(e.details()["field"], "title");
    }
    EXPECT_THROW(input::req_str({{"t", std::string(300, 'a')}}, "t", 200), AppError);
    EXPECT_EQ(input::utf8_length("政协ab"), 4u);
}

TEST(Messages, AreLocalisedAndFilled) {
    EXPECT_EQ(error_message("missing_field", Lang::zh, {{"field", "title"}}), "缺少必填项：title。");
    EXPECT_EQ(error_message("missing_field", Lang::en, {{"field", "title"}}),
              "A required field is missing: title.");
    EXPECT_EQ(lang_from_header("en-US,en;q=0.9"), Lang::en);
    EXPECT_EQ(lang_from_header("zh-CN,zh;q=0.9,en;q=0.8"), Lang::zh);
    EXPECT_EQ(lang_from_header(""), Lang::zh);
}

TEST(Clock, RoundTripsIsoTimes) {
    auto t = clock::parse_iso("2026-11-22T03:04:05Z");
    EXPECT_EQ(clock::iso(t), "2026-11-22T03:04:05Z");
    EXPECT_EQ(clock::iso(clock::parse_iso("2026-02-01")), "2026-02-01T00:00:00Z");
    EXPECT_THROW(clock::parse_iso("yesterday"), std::invalid_argument);
    EXPECT_THROW(clock::parse_iso("2026-13-01T00:00:00Z"), std::invalid_argument);
    EXPECT_THROW(clock::parse_iso("9999-12-31"), std::invalid_argument);  // would overflow nanoseconds
}
