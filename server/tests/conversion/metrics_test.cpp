// The conversion rates from report facts: the counts, the four rates (0 with an explanation when there is
// nothing to divide by, never a division error), the outcome tallies, and which reports each figure lists.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "domains/conversion/conversion.hpp"

using namespace zhixie;
using conversion::Facts;

namespace {

Facts report(int64_t id, const char* kind, int stage, conversion::Outcomes o = {}) {
    // stage: 0 submitted, 1 instructed, 2 assigned, 3 acknowledged, 4 completed
    return {id, kind, stage >= 1, stage >= 2, stage >= 3, stage >= 4, o};
}

}  // namespace

TEST(ConversionMetrics, NoReportsGiveZerosWithExplanations) {
    const auto m = conversion::compute_figures({});
    for (const char* c : {"submitted", "instructed", "assigned", "acknowledged", "completed"})
        EXPECT_EQ(m[c], 0) << c;
    for (const char* r : {"instruction_rate", "assignment_rate", "acknowledgement_rate", "completion_rate"}) {
        EXPECT_EQ(m[r].get<double>(), 0.0) << r;
        ASSERT_TRUE(m["explanations"].contains(r)) << r;
        EXPECT_FALSE(m["explanations"][r]["zh"].get<std::string>().empty());
        EXPECT_FALSE(m["explanations"][r]["en"].get<std::string>().empty());
    }
    EXPECT_EQ(m["outcomes"],
              (nlohmann::json{{"documents", 0}, {"problems", 0}, {"incidents", 0}, {"matters", 0}}));
}

TEST(ConversionMetrics, SubmittedButNotInstructedExplainsOnlyTheLaterRates) {
    const auto m = conversion::compute_figures({report(1, "advice", 0), report(2, "advice", 0)});
    EXPECT_EQ(m["submitted"], 2);
    EXPECT_EQ(m["instruction_rate"].get<double>(), 0.0);
    EXPECT_FALSE(m["explanations"].contains("instruction_rate"));  // 0 of 2 is a real 0
    EXPECT_TRUE(m["explanations"].contains("assignment_rate"));
    EXPECT_TRUE(m["explanations"].contains("completion_rate"));
}

TEST(ConversionMetrics, RatesAndTallies) {
    std::vector<Facts> f = {
        report(1, "advice", 4, {1, 2, 0, 3}), report(2, "advice", 4, {0, 1, 1, 1}), report(3, "advice", 3),
        report(4, "information", 2),          report(5, "information", 1),          report(6, "research", 0),
    };
    const auto m = conversion::compute_figures(f);
    EXPECT_EQ(m["submitted"], 6);
    EXPECT_EQ(m["instructed"], 5);
    EXPECT_EQ(m["assigned"], 4);
    EXPECT_EQ(m["acknowledged"], 3);
    EXPECT_EQ(m["completed"], 2);
    EXPECT_DOUBLE_EQ(m["instruction_rate"].get<double>(), 5.0 / 6);
    EXPECT_DOUBLE_EQ(m["assignment_rate"].get<double>(), 4.0 / 5);
    EXPECT_DOUBLE_EQ(m["acknowledgement_rate"].get<double>(), 3.0 / 4);
    EXPECT_DOUBLE_EQ(m["completion_rate"].get<double>(), 2.0 / 4);
    EXPECT_TRUE(m["explanations"].empty());
    EXPECT_EQ(m["outcomes"],
              (nlohmann::json{{"documents", 1}, {"problems", 3}, {"incidents", 1}, {"matters", 4}}));
}

TEST(ConversionMetrics, DayeShapedYearGivesItsRates) {
    std::vector<Facts> f;
    for (int i = 0; i < 99; ++i)
        f.push_back(report(i, i < 56 ? "advice" : "information", i < 78 ? 4 : 3));
    const auto m = conversion::compute_figures(f);
    EXPECT_EQ(m["instruction_rate"].get<double>(), 1.0);
    EXPECT_EQ(m["assignment_rate"].get<double>(), 1.0);
    EXPECT_EQ(m["acknowledgement_rate"].get<double>(), 1.0);
    EXPECT_NEAR(m["completion_rate"].get<double>(), 0.788, 0.0005);
}

TEST(ConversionMetrics, EachFigureListsTheReportsThatCountInIt) {
    const Facts done = report(1, "advice", 4, {0, 2, 0, 0});
    const Facts waiting = report(2, "advice", 1);
    EXPECT_TRUE(conversion::counts_in(done, "completed"));
    EXPECT_FALSE(conversion::counts_in(waiting, "assigned"));
    EXPECT_TRUE(conversion::counts_in(waiting, "submitted"));
    EXPECT_TRUE(conversion::counts_in(done, "problems"));
    EXPECT_FALSE(conversion::counts_in(done, "documents"));
    EXPECT_THROW(conversion::counts_in(done, "rates"), AppError);
}

TEST(ConversionMetrics, EveryRateHasItsDefinitionInBothLanguages) {
    const auto& d = conversion::rate_definitions();
    for (const char* r : {"instruction_rate", "assignment_rate", "acknowledgement_rate", "completion_rate"}) {
        ASSERT_TRUE(d.contains(r)) << r;
        EXPECT_NE(d[r]["zh"].get<std::string>().find("÷"), std::string::npos);
        EXPECT_FALSE(d[r]["en"].get<std::string>().empty());
    }
    EXPECT_EQ(d["completion_rate"]["name_zh"], "办成率");
}
