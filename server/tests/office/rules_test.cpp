// The rules library keeps every version in order: a revision dated on or before its predecessor is refused
// with a field error and nothing changes; abolition keeps the versions; an abolished rule cannot be revised.
#include <gtest/gtest.h>

#include "domains/office/rules/rules.hpp"
#include "office/office_fixture.hpp"

using namespace zhixie;
namespace rules = zhixie::office::rules;

class RulesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RulesTest, VersionsFollowEachOtherInTime) {
    test_support::OfficeFixture f(GetParam());
    auto r = rules::establish_rule(*f.db, f.me, f.actor, Lang::zh,
                                   {"机关考勤管理制度", "内控", "测政办发〔2019〕3号",
                                    "第一条 工作日按时上下班。", "2019-03-01", "", 0});
    const int64_t id = r["id"].get<int64_t>();
    EXPECT_EQ(r["versions"].size(), 1u);
    EXPECT_EQ(r["established_on"], "2019-03-01");

    for (const std::string day : {"2019-02-28", "2019-03-01"}) {
        try {
            rules::revise_rule(*f.db, f.me, f.actor, Lang::zh, id, {"第一条 新条文。", day, "", 1});
            FAIL() << "a revision dated " << day << " was accepted";
        } catch (const AppError& e) {
            EXPECT_EQ(e.status(), 422);
            EXPECT_EQ(test_support::first_field_code(e), "field_not_after_previous");
            EXPECT_NE(e.details()["summary"].get<std::string>().find("2019-03-01"), std::string::npos);
        }
    }
    EXPECT_EQ(rules::get_rule(*f.db, f.me, id)["versions"].size(), 1u) << "nothing changed";

    auto revised =
        rules::revise_rule(*f.db, f.me, f.actor, Lang::zh, id,
                           {"第一条 工作日按时上下班，因公外出须登记。", "2021-06-01", "依据新规定修订", 1});
    ASSERT_EQ(revised["versions"].size(), 2u);
    EXPECT_EQ(revised["versions"][0]["effective_to"], "2021-06-01") << "the old version is kept with its end";
    EXPECT_EQ(revised["versions"][0]["body"], "第一条 工作日按时上下班。");
    EXPECT_TRUE(revised["versions"][1]["effective_to"].is_null());
    EXPECT_EQ(revised["version"], 2);

    EXPECT_THROW(rules::revise_rule(*f.db, f.me, f.actor, Lang::zh, id, {"x", "2022-01-01", "", 1}), AppError)
        << "a stale version is refused";
    try {
        rules::abolish_rule(*f.db, f.me, f.actor, Lang::zh, id, {"2021-05-31", "", 2});
        FAIL() << "abolished before the version in force began";
    } catch (const AppError& e) {
        EXPECT_EQ(test_support::first_field_code(e), "field_before_previous");
    }
    auto gone = rules::abolish_rule(*f.db, f.me, f.actor, Lang::zh, id, {"2023-01-01", "并入新制度", 2});
    EXPECT_EQ(gone["status"], "abolished");
    EXPECT_EQ(gone["versions"][1]["effective_to"], "2023-01-01");
    try {
        rules::revise_rule(*f.db, f.me, f.actor, Lang::zh, id, {"x", "2024-01-01", "", 3});
        FAIL() << "an abolished rule was revised";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.code(), "rule_abolished");
    }
}

TEST_P(RulesTest, SummaryCountsWhatWasEstablishedRevisedAndAbolished) {
    test_support::OfficeFixture f(GetParam());
    for (int k = 0; k < 3; ++k) {
        auto r =
            rules::establish_rule(*f.db, f.me, f.actor, Lang::zh,
                                  {"履职制度" + std::to_string(k), "履职", "", "正文", "2018-01-01", "", k});
        if (k < 2)
            rules::revise_rule(*f.db, f.me, f.actor, Lang::zh, r["id"].get<int64_t>(),
                               {"新正文", "2021-04-01", "", 1});
    }
    rules::establish_rule(*f.db, f.me, f.actor, Lang::zh,
                          {"党组议事规则", "党建", "", "正文", "2021-02-01", "", 0});
    auto s = rules::rules_summary(*f.db, f.me, 2021);
    EXPECT_EQ(s["total"], 4);
    EXPECT_EQ(s["revised"], 2);
    EXPECT_EQ(s["established"], 1);
    EXPECT_EQ(s["by_category"][0]["category"], "履职");
    EXPECT_EQ(s["by_category"][0]["revised"], 2);
    EXPECT_EQ(s["by_category"][2]["category"], "党建");
    EXPECT_EQ(s["by_category"][2]["established"], 1);
    auto found = rules::list_rules(*f.db, f.me, {"新正文", "", "", 1, 20});  // the text in force is searched
    EXPECT_EQ(found["total"], 2);
    auto traditional = rules::list_rules(*f.db, f.me, {"黨組", "", "", 1, 20});
    EXPECT_EQ(traditional["total"], 1) << "a search in traditional characters finds simplified text";
    auto html = rules::rules_compilation(*f.db, f.me, "2020-12-31", "");
    EXPECT_NE(html.find("共3项"), std::string::npos) << "on that day the Party rule was not yet in force";
    EXPECT_EQ(html.find("新正文"), std::string::npos) << "and the revisions were not yet in force";
}

INSTANTIATE_TEST_SUITE_P(Backends, RulesTest, ::testing::ValuesIn(test_support::backends()));
