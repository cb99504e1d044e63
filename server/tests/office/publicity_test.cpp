// Rewards come from the committee's table by level at the time an article is recorded; yearly totals add them
// up per level, person and body; pasted text is cleaned and fills the fields left empty.
#include <gtest/gtest.h>

#include "domains/office/plans/plans.hpp"
#include "domains/office/publicity/publicity.hpp"
#include "office/office_fixture.hpp"

using namespace zhixie;
namespace publicity = zhixie::office::publicity;

class PublicityTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PublicityTest, RewardTotalsPerLevelPersonAndBody) {
    test_support::OfficeFixture f(GetParam());
    const int64_t li = f.staff("李治亮", "1985-01-01");
    const int64_t bai = f.staff("白雪", "1990-01-01", "在职", f.proposals_body);
    publicity::set_reward_rules(*f.db, f.me, f.actor, Lang::zh,
                                {{"central", 500}, {"provincial", 200}, {"county", 60}});
    auto add = [&](const std::string& level, int64_t who, const std::string& date) {
        publicity::ArticleFields a;
        a.title = "清涧县政协开展专题视察";
        a.outlet = "各界导报";
        a.level = level;
        a.published_on = date;
        a.author_id = who;
        return publicity::create_article(*f.db, f.me, f.actor, Lang::zh, a);
    };
    add("central", li, "2020-03-01");
    add("provincial", li, "2020-04-01");
    auto county = add("county", bai, "2020-05-01");
    add("city", bai, "2020-06-01");        // no amount set for city: no reward
    add("provincial", bai, "2019-12-31");  // another year
    EXPECT_EQ(county["reward"], 60);

    // a later change of the table leaves recorded rewards alone; a change of level takes the new amount
    publicity::set_reward_rules(*f.db, f.me, f.actor, Lang::zh, {{"county", 80}, {"city", 100}});
    EXPECT_EQ(publicity::get_article(*f.db, f.me, county["id"].get<int64_t>())["reward"], 60);
    auto fields = publicity::ArticleFields{
        "清涧县政协开展专题视察", "榆林日报", "city", "2020-05-01", "", "staff", bai, "", ""};
    auto moved =
        publicity::update_article(*f.db, f.me, f.actor, Lang::zh, county["id"].get<int64_t>(), 1, fields);
    EXPECT_EQ(moved["reward"], 100);
    EXPECT_THROW(
        publicity::update_article(*f.db, f.me, f.actor, Lang::zh, county["id"].get<int64_t>(), 1, fields),
        AppError);

    auto t = publicity::publicity_totals(*f.db, f.me, 2020);
    EXPECT_EQ(t["articles"], 4);
    EXPECT_EQ(t["reward"], 500 + 200 + 100 + 0);
    EXPECT_EQ(t["by_level"][0], (nlohmann::json{{"level", "central"}, {"articles", 1}, {"reward", 500}}));
    EXPECT_EQ(t["by_level"][2]["articles"], 2);
    ASSERT_EQ(t["by_person"].size(), 2u);
    EXPECT_EQ(t["by_person"][0]["author_name"], "李治亮");
    EXPECT_EQ(t["by_person"][0]["reward"], 700);
    EXPECT_EQ(t["by_person"][1]["body_name"], "提案委员会");
    EXPECT_EQ(t["by_body"][0]["body_name"], "办公室");
}

TEST_P(PublicityTest, PastedTextIsCleanedAndFillsEmptyFields) {
    test_support::OfficeFixture f(GetParam());
    const int64_t li = f.staff("李治亮", "1985-01-01");
    publicity::ArticleFields a;
    a.level = "provincial";
    a.author_id = li;
    a.pasted =
        "清澗縣政協強化委員服務管理\n2020-11-24 09:20:47 "
        "來(lái)源:各界新聞網(wǎng)\n清澗縣政協(xié)開設講壇。";
    auto out = publicity::create_article(*f.db, f.me, f.actor, Lang::zh, a);
    EXPECT_EQ(out["title"], "清涧县政协强化委员服务管理");
    EXPECT_EQ(out["published_on"], "2020-11-24");
    EXPECT_EQ(out["outlet"], "各界新闻网");
    EXPECT_EQ(out["text"], "清涧县政协开设讲坛。");
    EXPECT_EQ(out["flags"].size(), 2u);

    publicity::ArticleFields bad;
    bad.level = "township";
    bad.author_id = 999999;
    bad.link = "javascript:alert(1)";
    try {
        publicity::create_article(*f.db, f.me, f.actor, Lang::zh, bad);
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 422);
        std::set<std::string> fields;
        for (const auto& x : e.details()["errors"])
            fields.insert(x["field"].get<std::string>());
        EXPECT_EQ(fields,
                  (std::set<std::string>{"title", "outlet", "level", "published_on", "link", "author_id"}));
    }
}

TEST(Plans, PeriodsOfWeeksAndMonths) {
    using office::plans::period_days;
    EXPECT_EQ(period_days("month", "2024-02"),
              (std::pair<std::string, std::string>{"2024-02-01", "2024-02-29"}));
    EXPECT_EQ(period_days("week", "2026-W01"),
              (std::pair<std::string, std::string>{"2025-12-29", "2026-01-04"}));
    EXPECT_EQ(period_days("week", "2026-W18"),
              (std::pair<std::string, std::string>{"2026-04-27", "2026-05-03"}));
    EXPECT_EQ(period_days("week", "2020-W53"),
              (std::pair<std::string, std::string>{"2020-12-28", "2021-01-03"}));
    EXPECT_FALSE(period_days("week", "2021-W53"));
    EXPECT_FALSE(period_days("month", "2026-13"));
    EXPECT_FALSE(period_days("quarter", "2026-05"));
}

INSTANTIATE_TEST_SUITE_P(Backends, PublicityTest, ::testing::ValuesIn(test_support::backends()));
