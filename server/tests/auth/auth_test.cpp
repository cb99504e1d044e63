#include <gtest/gtest.h>

#include <map>

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
          "office:assessment:read",   "office:assessment:manage"}},
        {"office_admin", {"system:committee:read",   "system:user:read",         "system:user:manage",
                          "system:role:read",        "system:audit:read",        "system:workflow:read",
                          "system:workflow:manage",  "system:case:read",         "proposal:proposal:read",
                          "proposal:stats:read",     "proposal:settings:manage", "org:structure:read",
                          "org:structure:manage",    "org:member:read",          "org:member:manage",
                          "org:member:approve",      "org:staff:read",           "org:staff:manage",
                          "org:liaison:read",        "org:liaison:manage",       "office:rule:read",
                          "office:rule:manage",      "office:publicity:read",    "office:publicity:manage",
                          "office:care:read",        "office:care:manage",       "office:task:read",
                          "office:task:assign",      "office:task:report",       "office:plan:read",
                          "office:plan:manage",      "office:plan:report",       "office:assessment:read",
                          "office:assessment:manage"}},
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
          "office:task:report", "office:plan:read", "office:plan:report", "office:assessment:read"}},
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
                    "office:assessment:read"}},
        {"member",
         {"system:committee:read", "proposal:proposal:submit", "proposal:proposal:cosign",
          "proposal:proposal:feedback", "org:self:use"}},
        {"unit", {"system:committee:read", "proposal:proposal:handle"}},
        {"party_gov_leader",
         {"system:committee:read", "system:case:read", "proposal:proposal:read", "proposal:stats:read",
          "proposal:supervise:manage", "org:structure:read"}},
        {"office_staff",
         {"system:committee:read", "system:workflow:read", "system:case:read", "proposal:proposal:read",
          "proposal:stats:read", "org:structure:read", "org:member:read", "org:staff:read",
          "office:rule:read", "office:publicity:read", "office:care:read", "office:task:read",
          "office:task:report", "office:plan:read", "office:plan:report", "office:assessment:read"}},
    };
    // results conversion (成果转化): leaders sign; office and committee staff submit, assign, supervise,
    // notify and assess (and record units' answers on paper); units acknowledge and report back
    const std::set<std::string> conversion_staff = {"conversion:report:read",   "conversion:report:submit",
                                                    "conversion:report:assign", "conversion:report:supervise",
                                                    "conversion:report:handle", "conversion:report:notify",
                                                    "conversion:report:assess", "conversion:metrics:read"};
    const std::map<std::string, std::set<std::string>> conversion = {
        {"platform_admin",
         {"conversion:report:read", "conversion:report:submit", "conversion:report:instruct",
          "conversion:report:assign", "conversion:report:supervise", "conversion:report:handle",
          "conversion:report:notify", "conversion:report:assess", "conversion:metrics:read"}},
        {"office_admin", conversion_staff},
        {"committee_staff", conversion_staff},
        {"leader",
         {"conversion:report:read", "conversion:report:instruct", "conversion:report:supervise",
          "conversion:metrics:read"}},
        {"party_gov_leader",
         {"conversion:report:read", "conversion:report:instruct", "conversion:metrics:read"}},
        {"unit", {"conversion:report:handle"}},
        {"office_staff", {"conversion:report:read", "conversion:metrics:read"}},
    };
    for (const auto& [role, perms] : conversion)
        expected[role].insert(perms.begin(), perms.end());
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
