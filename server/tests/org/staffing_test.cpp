// The staffing computation: authorised against filled posts, vacancies, over-establishment and 一人委.
#include <gtest/gtest.h>

#include "domains/org/staffing.hpp"

using namespace zhixie::org;

namespace {
const std::vector<AuthorisedPost> kOffice{
    {"leader", "主任", 1}, {"leader", "副主任", 1}, {"staff", "科员", 2}};
}

TEST(Staffing, MatchesPeopleToPostsByTitle) {
    auto s = compute_staffing(kOffice, {{1, "主任"}, {2, "副主任"}, {3, "科员"}});
    EXPECT_EQ(s.authorised, 4);
    EXPECT_EQ(s.filled, 3);
    EXPECT_EQ(s.vacancies, 1);
    EXPECT_EQ(s.over, 0);
    EXPECT_FALSE(s.one_person);
    ASSERT_EQ(s.posts.size(), 3u);
    EXPECT_EQ(s.posts[0].people, std::vector<int64_t>{1});
    EXPECT_EQ(s.posts[2].filled, 1);
    EXPECT_EQ(s.posts[2].vacancies, 1);
}

TEST(Staffing, FallsBackToAPostOfTheSameKindWithRoom) {
    // "一级主任科员" is a staff rank title, "常务副主任" a leading one: neither is an authorised title here
    auto s = compute_staffing(kOffice, {{1, "一级主任科员"}, {2, "常务副主任"}, {3, "副主任"}});
    EXPECT_EQ(s.posts[2].people, std::vector<int64_t>{1});  // 科员
    EXPECT_EQ(s.posts[1].people, std::vector<int64_t>{3});  // 副主任 by title first
    EXPECT_EQ(s.posts[0].people, std::vector<int64_t>{2});  // then 主任 is the leader post with room
    EXPECT_EQ(s.vacancies, 1);
    EXPECT_TRUE(s.unmatched.empty());
}

TEST(Staffing, CountsOverEstablishmentAndPeopleWithoutAPostOfTheirKind) {
    auto s = compute_staffing({{"leader", "主任", 1}}, {{1, "主任"}, {2, "主任"}, {3, "科员"}});
    EXPECT_EQ(s.authorised, 1);
    EXPECT_EQ(s.filled, 3);
    EXPECT_EQ(s.vacancies, 0);
    EXPECT_EQ(s.posts[0].over, 1);
    EXPECT_EQ(s.unmatched, std::vector<int64_t>{3});
    EXPECT_EQ(s.over, 2);
}

TEST(Staffing, FlagsABodyWithExactlyOnePersonAsOnePerson) {
    EXPECT_TRUE(compute_staffing(kOffice, {{1, "主任"}}).one_person);
    EXPECT_FALSE(compute_staffing(kOffice, {}).one_person);
    EXPECT_FALSE(compute_staffing(kOffice, {{1, "主任"}, {2, "科员"}}).one_person);
    auto empty = compute_staffing(kOffice, {});
    EXPECT_EQ(empty.vacancies, 4);
    EXPECT_EQ(empty.filled, 0);
}

TEST(Staffing, NoPostsMeansEveryoneIsOverEstablishment) {
    auto s = compute_staffing({}, {{1, "主任"}});
    EXPECT_EQ(s.authorised, 0);
    EXPECT_EQ(s.over, 1);
    EXPECT_TRUE(s.one_person);
}

TEST(Staffing, TellsLeadingTitlesFromStaffTitles) {
    for (const char* t : {"主任", "副主任", "秘书长", "局长", "书记", "主席"})
        EXPECT_EQ(post_kind_of(t), "leader") << t;
    for (const char* t : {"科员", "一级主任科员", "四级调研员", "办事员", ""})
        EXPECT_EQ(post_kind_of(t), "staff") << t;
}

TEST(Staffing, LabelsTheStructure) {
    EXPECT_EQ(structure_label(1, 3, 0), "一室三委");
    EXPECT_EQ(structure_label(1, 5, 0), "一室五委");
    EXPECT_EQ(structure_label(1, 6, 1), "一室六委一中心");
    EXPECT_EQ(structure_label(1, 12, 0), "一室十二委");
    EXPECT_EQ(structure_label(0, 0, 0), "");
}
