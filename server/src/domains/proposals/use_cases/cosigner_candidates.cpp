// The members a proposer may invite to co-sign: serving members of the current term found by name or pinyin,
// with only what choosing one needs (no phone, no ID number), so members who cannot read the roster can still
// invite.
#include "domains/members/query.hpp"
#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

nlohmann::json cosigner_candidates(storage::Db& db, const auth::Principal& me, const std::string& q) {
    auto tx = db.read();
    const Caller who = caller_of(tx, me);
    members::MemberQuery mq;
    mq.q = q;
    mq.status = "在任";
    members::Filter f = members::member_filter(tx, me, mq);
    if (who.member_id) {
        f.where += " AND m.id <> :self";
        f.params.emplace_back("self", *who.member_id);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT m.id, m.name, s.name AS sector_name, m.is_standing, m.cppcc_post" +
                                      f.where + " ORDER BY m.name_pinyin, m.id LIMIT 20",
                                  f.params))
        items.push_back(nlohmann::json{
            {"id", r.i("id")},
            {"name", r.s("name")},
            {"sector_name", r.is_null("sector_name") ? nlohmann::json() : nlohmann::json(r.s("sector_name"))},
            {"is_standing", r.i("is_standing") != 0},
            {"cppcc_post", r.s("cppcc_post")}});
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::proposals
