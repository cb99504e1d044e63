#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "auth/catalogue.hpp"
#include "auth/password.hpp"
#include "core/crypto.hpp"

using namespace zhixie;

TEST(Password, PolicyNeedsLengthAndThreeClasses) {
    EXPECT_TRUE(auth::password_meets_policy("Zhixie#2026"));
    EXPECT_TRUE(auth::password_meets_policy("abcdef12#"));
    EXPECT_FALSE(auth::password_meets_policy("Ab1#"));        // too short
    EXPECT_FALSE(auth::password_meets_policy("abcdefgh12"));  // two classes
    EXPECT_FALSE(auth::password_meets_policy("ABCDEFGH"));
}

TEST(Password, Argon2idRoundTrip) {
    crypto::init();
    auto h = auth::hash_password("Zhixie#2026");
    EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(auth::verify_password(h, "Zhixie#2026"));
    EXPECT_FALSE(auth::verify_password(h, "zhixie#2026"));
    EXPECT_FALSE(auth::verify_password("", "x"));
}

// The full role × permission matrix. Changing a role's powers means changing this table on purpose.
TEST(Permissions, RoleMatrixIsExactlyAsDeclared) {
    std::map<std::string, std::set<std::string>> expected = {
        {"platform_admin",
         {"system:committee:read",    "system:committee:manage",   "system:user:read",
          "system:user:manage",       "system:role:read",          "system:audit:read",
          "system:workflow:read",     "system:workflow:manage",    "system:case:read",
          "proposal:proposal:submit", "proposal:proposal:cosign",  "proposal:proposal:review",
          "proposal:proposal:assign", "proposal:proposal:handle",  "proposal:proposal:feedback",
          "proposal:proposal:close",  "proposal:proposal:read",    "proposal:stats:read",
          "proposal:settings:manage", "proposal:supervise:manage", "proposal:evaluation:manage",
          "org:structure:read",       "org:structure:manage",      "org:member:read",
          "org:member:manage",        "org:member:approve",        "org:staff:read",
          "org:staff:manage",         "org:liaison:read",          "org:liaison:manage",
          "office:rule:read",         "office:rule:manage",        "office:publicity:read",
          "office:publicity:manage",  "office:care:read",          "office:care:manage",
          "office:task:read",         "office:task:assign",        "office:task:report",
          "office:plan:read",         "office:plan:manage",        "office:plan:report",
          "office:assessment:read",   "office:assessment:manage",  "office:village:read",
          "office:village:manage"}},
          "office:assessment:read",   "office:assessment:manage",  "meetings:meeting:read",
          "meetings:meeting:manage",  "meetings:self:use",         "meetings:donation:read",
          "meetings:donation:manage", "party:life:read",           "party:life:manage"}},
        {"office_admin", {"system:committee:read",    "system:user:read",         "system:user:manage",
                          "system:role:read",         "system:audit:read",        "system:workflow:read",
                          "system:workflow:manage",   "system:case:read",         "proposal:proposal:read",
                          "proposal:stats:read",      "proposal:settings:manage", "org:structure:read",
                          "org:structure:manage",     "org:member:read",          "org:member:manage",
                          "org:member:approve",       "org:staff:read",           "org:staff:manage",
                          "org:liaison:read",         "org:liaison:manage",       "office:rule:read",
                          "office:rule:manage",       "office:publicity:read",    "office:publicity:manage",
                          "office:care:read",         "office:care:manage",       "office:task:read",
                          "office:task:assign",       "office:task:report",       "office:plan:read",
                          "office:plan:manage",       "office:plan:report",       "office:assessment:read",
                          "office:assessment:manage", "office:village:read",      "office:village:manage"}},
                          "office:assessment:manage", "meetings:meeting:read",    "meetings:meeting:manage",
                          "meetings:self:use",        "meetings:donation:read",   "meetings:donation:manage",
                          "party:life:read",          "party:life:manage"}},
        {"proposal_staff",
         {"system:committee:read", "system:workflow:read", "system:case:read", "proposal:proposal:submit",
          "proposal:proposal:review", "proposal:proposal:assign", "proposal:proposal:feedback",
          "proposal:proposal:close", "proposal:proposal:read", "proposal:stats:read",
          "proposal:settings:manage", "proposal:supervise:manage", "proposal:evaluation:manage",
          "org:structure:read", "org:member:read"}},
        {"committee_staff",
         {"system:committee:read", "system:workflow:read", "system:case:read", "proposal:proposal:read",
          "proposal:stats:read", "org:structure:read", "org:member:read", "org:liaison:read",
          "office:rule:read", "office:publicity:read", "office:care:read", "office:task:read",
          "office:task:report", "office:plan:read", "office:plan:report", "office:assessment:read",
          "office:village:read"}},
        {"leader", {"system:committee:read",     "system:workflow:read",
                    "system:case:read",          "proposal:proposal:submit",
                    "proposal:proposal:cosign",  "proposal:proposal:feedback",
                    "proposal:proposal:read",    "proposal:stats:read",
                    "proposal:supervise:manage", "org:structure:read",
                    "org:member:read",           "org:staff:read",
                    "org:liaison:read",          "org:self:use",
                    "office:rule:read",          "office:publicity:read",
                    "office:care:read",          "office:task:read",
                    "office:task:assign",        "office:plan:read",
                    "office:assessment:read",    "office:village:read"}},
          "org:structure:read", "org:member:read", "meetings:meeting:read", "meetings:self:use"}},
        {"committee_staff", {"system:committee:read",  "system:workflow:read",   "system:case:read",
                             "proposal:proposal:read", "proposal:stats:read",    "org:structure:read",
                             "org:member:read",        "org:liaison:read",       "office:rule:read",
                             "office:publicity:read",  "office:care:read",       "office:task:read",
                             "office:task:report",     "office:plan:read",       "office:plan:report",
                             "office:assessment:read", "meetings:meeting:read",  "meetings:meeting:manage",
                             "meetings:self:use",      "meetings:donation:read", "meetings:donation:manage"}},
        {"leader",
         {"system:committee:read",
          "system:workflow:read",
          "system:case:read",
          "proposal:proposal:submit",
          "proposal:proposal:cosign",
          "proposal:proposal:feedback",
          "proposal:proposal:read",
          "proposal:stats:read",
          "proposal:supervise:manage",
          "org:structure:read",
          "org:member:read",
          "org:staff:read",
          "org:liaison:read",
          "org:self:use",
          "office:rule:read",
          "office:publicity:read",
          "office:care:read",
          "office:task:read",
          "office:task:assign",
          "office:plan:read",
          "office:assessment:read",
          "meetings:meeting:read",
          "meetings:self:use",
          "meetings:donation:read",
          "party:life:read"}},
        {"member",
         {"system:committee:read", "proposal:proposal:submit", "proposal:proposal:cosign",
          "proposal:proposal:feedback", "org:self:use", "meetings:self:use"}},
        {"unit", {"system:committee:read", "proposal:proposal:handle"}},
        {"party_gov_leader",
         {"system:committee:read", "system:case:read", "proposal:proposal:read", "proposal:stats:read",
          "proposal:supervise:manage", "org:structure:read", "meetings:meeting:read"}},
        {"office_staff",
         {"system:committee:read", "system:workflow:read", "system:case:read", "proposal:proposal:read",
          "proposal:stats:read", "org:structure:read", "org:member:read", "org:staff:read",
          "office:rule:read", "office:publicity:read", "office:care:read", "office:task:read",
          "office:task:report", "office:plan:read", "office:plan:report", "office:assessment:read",
          "office:village:read"}},
         {"system:committee:read", "system:workflow:read",  "system:case:read",   "proposal:proposal:read",
          "proposal:stats:read",   "org:structure:read",    "org:member:read",    "org:staff:read",
          "office:rule:read",      "office:publicity:read", "office:care:read",   "office:task:read",
          "office:task:report",    "office:plan:read",      "office:plan:report", "office:assessment:read",
          "meetings:meeting:read", "meetings:self:use",     "party:life:read",    "party:life:manage"}},
    };
    // 社情民意 and 协商监督: members submit and propose, units recommend, leaders pick, staff select and run
    // the rest, the Party and government leader decides
    {
        const std::vector<std::string> staff = {"info:item:read",
                                                "info:item:manage",
                                                "info:settings:manage",
                                                "consultation:topic:read",
                                                "consultation:topic:select",
                                                "consultation:activity:read",
                                                "consultation:activity:manage",
                                                "consultation:supervision:read",
                                                "consultation:supervision:manage"};
        const std::map<std::string, std::vector<std::string>> added = {
            {"platform_admin",
             {"info:item:submit", "info:item:read", "info:item:manage", "info:settings:manage",
              "consultation:topic:read", "consultation:topic:propose", "consultation:topic:recommend",
              "consultation:topic:pick", "consultation:topic:select", "consultation:topic:decide",
              "consultation:activity:read", "consultation:activity:manage", "consultation:supervision:read",
              "consultation:supervision:manage"}},
            {"office_admin", staff},
            {"committee_staff", staff},
            {"office_staff",
             {"info:item:read", "consultation:topic:read", "consultation:activity:read",
              "consultation:supervision:read"}},
            {"leader",
             {"info:item:read", "consultation:topic:read", "consultation:topic:pick",
              "consultation:activity:read", "consultation:supervision:read"}},
            {"member", {"info:item:submit", "consultation:topic:read", "consultation:topic:propose"}},
            {"unit",
             {"consultation:topic:read", "consultation:topic:propose", "consultation:topic:recommend"}},
            {"party_gov_leader",
             {"info:item:read", "consultation:topic:read", "consultation:topic:decide",
              "consultation:activity:read", "consultation:supervision:read"}},
        };
        for (const auto& [role, codes] : added)
            expected[role].insert(codes.begin(), codes.end());
    }
    const auto& cat = auth::Catalogue::get();
    ASSERT_EQ(cat.roles().size(), expected.size());
    for (const auto& role : cat.roles()) {
        auto it = expected.find(role.code);
        ASSERT_NE(it, expected.end()) << "unexpected role " << role.code;
        EXPECT_EQ(cat.permissions_for({role.code}), it->second) << "role " << role.code;
        EXPECT_FALSE(role.name_zh.empty());
        EXPECT_FALSE(role.name_en.empty());
    }
    for (const auto& p : cat.permissions()) {
        auto parts = std::count(p.begin(), p.end(), ':');
        EXPECT_EQ(parts, 2) << p << " is not module:resource:action";
    }
}
