#pragma once
// The WHERE clause of a member list, shared by the list, the export and anything else that filters members.
#include <string>

#include "domains/members/members.hpp"

namespace zhixie::members {

struct Filter {
    std::string where;  // " FROM members m … WHERE …" (aliases: m, s = sectors, g = township_groups)
    storage::Params params;
};

Filter member_filter(storage::Tx& tx, const auth::Principal& me, const MemberQuery& q);
extern const char* kListColumns;

}  // namespace zhixie::members
