// Care letters are written once per event: a second letter for the same birthday or event is refused with
// 409, the month's batch skips what was written, and transferred or deceased staff are not written to.
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "domains/office/care/care.hpp"
#include "office/office_fixture.hpp"

using namespace zhixie;
namespace care = zhixie::office::care;

TEST(Care, TemplatesRenderTheirFields) {
    EXPECT_EQ(care::render("{name}同志：{name}，{age}岁", {{"{name}", "李华"}, {"{age}", "50"}}),
              "李华同志：李华，50岁");
    EXPECT_EQ(care::birthday_in("1972-02-29", 2026), "2026-02-28");
    EXPECT_EQ(care::birthday_in("1972-02-29", 2028), "2028-02-29");
}

class CareTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CareTest, NoOneIsWrittenToTwiceForTheSameEvent) {
    test_support::OfficeFixture f(GetParam());
    const int64_t li = f.staff("李华", "1976-05-12");
    const int64_t wang = f.staff("王芳", "1960-05-20", "退休");
    const int64_t gone = f.staff("赵强", "1980-05-02", "调离");

    auto todo = care::care_todo(*f.db, f.me, "2026-05");
    ASSERT_EQ(todo["items"].size(), 2u)
        << "serving and retired staff with May birthdays, not those transferred";
    EXPECT_EQ(todo["items"][0]["name"], "李华");
    EXPECT_EQ(todo["items"][0]["age"], 50);
    EXPECT_EQ(todo["waiting"], 2);

    auto letter = care::write_letter(*f.db, f.me, f.actor, Lang::zh, {std::nullopt, li, 2026});
    EXPECT_EQ(letter["title"], "生日贺信");
    EXPECT_NE(letter["body"].get<std::string>().find("李华同志：\n值此您50岁生日"), std::string::npos);
    EXPECT_NE(letter["body"].get<std::string>().find("政协测试县委员会"), std::string::npos);
    try {
        care::write_letter(*f.db, f.me, f.actor, Lang::zh, {std::nullopt, li, 2026});
        FAIL() << "a second birthday letter was written";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.code(), "letter_already_written");
        EXPECT_EQ(e.details()["letter_id"], letter["id"]);
    }
    EXPECT_NO_THROW(care::write_letter(*f.db, f.me, f.actor, Lang::zh, {std::nullopt, li, 2027}))
        << "next year's";

    auto moved =
        care::register_event(*f.db, f.me, f.actor, Lang::zh, {wang, "moving_house", "2026-05-08", ""});
    EXPECT_THROW(
        care::register_event(*f.db, f.me, f.actor, Lang::zh, {wang, "moving_house", "2026-05-08", ""}),
        AppError);
    auto batch = care::write_month_letters(*f.db, f.me, f.actor, Lang::zh, "2026-05");
    EXPECT_EQ(batch["total"], 2)
        << "王芳's birthday and house move; 李华's birthday letter was already written";
    EXPECT_EQ(care::write_month_letters(*f.db, f.me, f.actor, Lang::zh, "2026-05")["total"], 0);
    EXPECT_EQ(care::care_todo(*f.db, f.me, "2026-05")["waiting"], 0);
    try {
        care::delete_event(*f.db, f.me, f.actor, moved["id"].get<int64_t>());
        FAIL() << "an event written for was withdrawn";
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "care_event_has_letter");
    }

    try {
        care::write_letter(*f.db, f.me, f.actor, Lang::zh, {std::nullopt, gone, 2026});
        FAIL() << "transferred staff were written to";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 422);
        EXPECT_EQ(test_support::first_field_code(e), "staff_transferred");
    }
    care::register_event(*f.db, f.me, f.actor, Lang::zh, {wang, "death", "2026-08-01", ""});
    try {
        care::write_letter(*f.db, f.me, f.actor, Lang::zh, {std::nullopt, wang, 2027});
        FAIL() << "a birthday letter to someone who died";
    } catch (const AppError& e) {
        EXPECT_EQ(test_support::first_field_code(e), "staff_deceased");
    }
    EXPECT_EQ(care::care_todo(*f.db, f.me, "2027-05")["items"].size(), 1u);
    auto html = care::print_letters(*f.db, f.me, {letter["id"].get<int64_t>()});
    EXPECT_NE(html.find("class=\"salutation\">李华同志："), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, CareTest, ::testing::ValuesIn(test_support::backends()));
