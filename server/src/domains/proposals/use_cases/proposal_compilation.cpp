// The yearly proposal compilation (提案汇编): every numbered proposal of the year in number order — its
// proposers, category, text and the handling units' replies — as one print-styled page with a table of
// contents, to print or save as PDF.
#include <map>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/proposals/access.hpp"
#include "services/print/document.hpp"

namespace zhixie::proposals {

namespace {

// "张三、李四" for a proposal's confirmed signers (the lead first), or the organisation that filed it.
std::map<int64_t, std::string> proposers_of(storage::Tx& tx, int64_t committee_id, int year) {
    std::map<int64_t, std::string> out;
    for (const auto& r :
         tx.query("SELECT s.proposal_id, m.name FROM proposal_signers s JOIN proposals p ON "
                  "p.id = s.proposal_id JOIN members m ON m.id = s.member_id WHERE p.committee_id "
                  "= :c AND p.year = :y AND s.status = 'confirmed' ORDER BY s.proposal_id, CASE "
                  "s.role WHEN 'lead' THEN 0 ELSE 1 END, s.id",
                  {{"c", committee_id}, {"y", int64_t{year}}})) {
        auto& names = out[r.i("proposal_id")];
        names += (names.empty() ? "" : "、") + r.s("name");
    }
    return out;
}

}  // namespace

std::string proposal_compilation(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year_in) {
    const int year = static_cast<int>(year_in.value_or(std::stoi(clock::today_cst().substr(0, 4))));
    if (year < 1949 || year > 9999) throw AppError::invalid_field("year");
    auto tx = db.read();
    const auto proposers = proposers_of(tx, me.committee_id, year);
    auto rows = tx.query(
        "SELECT p.id, p.number, p.title, p.category, p.content, p.org_name, p.reply_class, (SELECT n.name "
        "FROM "
        "proposal_units pu JOIN units n ON n.id = pu.unit_id WHERE pu.proposal_id = p.id AND pu.active = 1 "
        "AND "
        "pu.role = 'lead' ORDER BY pu.id LIMIT 1) AS lead_unit FROM proposals p WHERE p.committee_id = :c "
        "AND "
        "p.year = :y AND p.number_seq IS NOT NULL ORDER BY p.session, p.number_seq, p.id",
        {{"c", me.committee_id}, {"y", int64_t{year}}});
    std::map<int64_t, std::vector<std::pair<std::string, std::string>>> replies;  // proposal → (unit, text)
    for (const auto& r : tx.query(
             "SELECT r.proposal_id, n.name, r.text FROM proposal_replies r JOIN proposals p ON p.id = "
             "r.proposal_id JOIN units n ON n.id = r.unit_id WHERE p.committee_id = :c AND p.year = :y AND "
             "r.kind "
             "= 'reply' AND r.returned = 0 AND r.round = (SELECT MAX(x.round) FROM proposal_replies x WHERE "
             "x.proposal_id = r.proposal_id AND x.unit_id = r.unit_id AND x.kind = 'reply' AND x.returned = "
             "0) "
             "ORDER BY r.proposal_id, r.id",
             {{"c", me.committee_id}, {"y", int64_t{year}}}))
        replies[r.i("proposal_id")].emplace_back(r.s("name"), r.s("text"));

    const std::string title = fmt::format("{}{}年提案汇编", me.committee_name, year);
    auto proposer = [&](const storage::Row& r) {
        auto it = proposers.find(r.i("id"));
        return it != proposers.end() ? it->second : r.s("org_name");
    };
    print::Document doc(title);
    doc.heading(title).line(
        fmt::format("（共{}件，编印于{}）", rows.size(), print::cn_date(clock::today_cst())), "meta");
    doc.heading("目录", 2);
    std::vector<std::vector<std::string>> toc;
    for (const auto& r : rows)
        toc.push_back({r.s("number"), r.s("title"), proposer(r), r.s("category"), r.s("lead_unit")});
    doc.table({"案号", "案由", "提案者", "类别", "主办单位"}, toc);
    for (const auto& r : rows) {
        doc.page_break().heading(fmt::format("第{}号　{}", r.s("number"), r.s("title")), 2);
        doc.line(fmt::format("提案者：{}　类别：{}", proposer(r), r.s("category")), "meta");
        doc.paragraphs(r.s("content"));
        auto it = replies.find(r.i("id"));
        if (it == replies.end()) continue;
        for (const auto& [unit, text] : it->second) {
            doc.heading(fmt::format("{}的答复", unit), 3);
            doc.paragraphs(text);
        }
    }
    return doc.html();
}

}  // namespace zhixie::proposals
