"""Question kinds and their ladders; which kind a watch item is; where the briefing leaves it.

`LADDERS` holds the standard ladder of each kind (stage ids are part of the product contract).
`weigh_kinds` scores a watch item against a table of cue words (several languages), its main
clause at full weight, and picks the kind whose ladder covers it, saying whether the choice is
clear (`choose_kind` is its kind alone). `baseline_for` reads the briefing's own prose,
conservatively: a stage counts only when a sentence on the same matter reports it done, never
when it is planned, expected, possible or denied. This module does not read news entries: the
judge does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from watcher.data import content_words, gazetteer, glossary
from watcher.model import Briefing, Ladder

LADDERS: dict[str, Ladder] = {
    ladder.kind: ladder
    for ladder in (
        Ladder(
            "ratification",
            ("signed", "submitted", "ratified-partial", "ratified-all", "in-force", "invoked"),
            ("rejected", "withdrawn"),
        ),
        Ladder(
            "project",
            ("announced", "preparing", "construction", "operational"),
            ("stalled", "cancelled"),
        ),
        Ladder("market", ("opened", "first-shipment", "volumes-reported"), ("suspended",)),
        Ladder("pressure", ("baseline", "rhetorical", "concrete"), ("eased",)),
        Ladder("decision", ("open", "signaled", "done"), ("ruled-out",)),
        Ladder("generic", ("open", "signal", "resolved-yes"), ("resolved-no",)),
    )
}

# Which kind a watch item is: each cue that appears adds its weight to its kind; the heaviest
# kind wins (ties go to the earlier row). An item that mentions a treaty's ratification and its
# later use is still a ratification: its ladder runs from signature to invocation.
#   kind            cue (regular expression, any case)                                   weight
_KIND_CUES: tuple[tuple[str, str, int], ...] = (
    ("ratification", r"ratif\w*|批准", 3),
    # A legislature votes on budgets and bills too: alone, it leans to a ratification only a
    # little. Approving a treaty or a loan is one (the loan agreement must be approved before
    # it applies; every labelled item that asks it is a ratification).
    (
        "ratification",
        r"parliaments?|congress\w*|legislat\w*|senate|(?:national|legislative) assembl(?:y|ies)"
        r"|asamblea|assembleia|立法院|國會|国会|議會|议会",
        1,
    ),
    ("ratification", r"treat(?:y|ies)|convention|tratados?|條約|条约", 2),
    (
        "ratification",
        r"(?:parliament|congress|senate|assembly|deputies|lawmakers|legislators|legislature"
        r"|(?:lower|upper) house|chamber|parlamento|congreso|congresso|senado|asamblea"
        r"|assembleia|diputados|deputados|cámara|câmara|house of [\w'’]+(?: [\w'’]+)?)\w*"
        r"(?:\W+\w+){0,4}?\W+(?:approv|ratif|reject|pass|aprob|aprov|rechaz|rejeit|adopt|endors"
        r"|give\w* its blessing|da\w* (?:el|o) visto bueno|d[aá]\w* (?:luz verde|aval)|autoriz)\w*"
        r"(?:\W+\w+){0,7}?\W+(?:agreements?|treat(?:y|ies)|protocols?|conventions?|accords?"
        r"|pacts?|acuerdos?|acordos?|convenios?|convênios?|tratados?|protocolos?"
        r"|(?:loan|credit) (?:contracts?|agreements?)|loans?|credits?|préstamos?|empréstimos?"
        r"|créditos?|arrangements?|contratos? de (?:préstamo"
        r"|empréstimo|crédito)|tariff schedules?)",
        3,
    ),
    # ... or in the passive: "is approved by Colombia's Congress", "aprobado por el Congreso".
    (
        "ratification",
        r"(?:approv|ratif|aprob|aprov|endors)\w*\s+(?:by|por|pel[oa]s?)\s+(?:the\s+|el\s+|la\s+|o\s+"
        r"|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:parliaments?|congress\w*|senate|senado|assembl(?:y|ies)"
        r"|asamblea|assembleia|legislatures?|lawmakers|diet|legislative yuan|parlamento"
        r"|congreso|congresso)",
        3,
    ),
    # Any other instrument a legislature may have to approve (a loan agreement, a protocol).
    (
        "ratification",
        r"agreements?|pacts?|protocols?|accords?|convenios?|convênios?|acuerdos?|acordos?"
        r"|協定|协定|協議|协议",
        1,
    ),
    # ("declared effective": a loan agreement's entry into force in its lender's words)
    (
        "ratification",
        r"in(?:to)? force|en vigor|em vigor|生效|declared effective|becomes? effective"
        r"|declarad[oa] efe(?:c)?tiv[oa]",
        2,
    ),
    # A legislature's assent in other words: "lawmakers sign off on the accord".
    (
        "ratification",
        r"signs? off on|endors\w*|promulgat\w*|lawmakers|legislators|clears? (?:both|the) "
        r"(?:chambers|houses|legislatures|parliaments)|comes? into effect|came into effect",
        1,
    ),
    # Legislatures by their own names, approving or clearing something.
    (
        "ratification",
        r"(?:mazhilis|diet|knesset|duma|sejm|rada|bundestag|storting|riksdag|folketing|majlis"
        r"|lok sabha|cortes)(?:\W+\w+){0,4}?\W+(?:approv|pass|clear|ratif|reject)\w*"
        r"|senate (?:clears?|passes)|intergovernmental agreement|accession protocol",
        3,
    ),
    # A treaty's clause or article put to use.
    (
        "ratification",
        r"(?:invok|trigger|activat)\w* (?:[\w'’-]+ ){0,3}?"
        r"(?:article|clause|safeguard|consultations)"
        r"|(?:acion|ativ|invoc|activ)\w* (?:[\w'’-]+ ){0,3}?"
        r"(?:cláusula|artigo|artículo|salvaguarda)",
        3,
    ),
    # Rules and tariffs take effect too: alone, this leans to a ratification only a little.
    ("ratification", r"(?:takes?|took|taking) (?:legal |full )?effect", 1),
    # An instrument getting through a legislature ("get through Colombia's Congress"): the
    # court or ministry named beside it is one more step of the same ratification.
    (
        "ratification",
        r"(?:gets?|getting|got|makes? it|clears?|clearing|pass(?:es|ing)?|go(?:es)?|going)"
        r" through (?:[\w'’-]+ ){0,3}?(?:parliaments?|congress(?:es)?|senates?|assembl(?:y|ies)"
        r"|legislatures?|lawmakers|diet|national parliament)",
        3,
    ),
    (
        "project",
        # not "builds up steady cargo" nor "builds into a steady trade": that is growth
        r"construct\w*|build(?!s? (?:up|into)|ing (?:up|into))\w*|built|construcci\w+|construção"
        r"|obras|興建|兴建|施工"
        r"|dredg\w*|dragad\w+|dragagem|疏浚",
        2,
    ),
    (
        "project",
        r"commission(?:ed|ing|s)?(?! (?:clears?|approves?|names?|rules?|decides?|grants?|awards?"
        r"|adopts?|proposes?|sets?|fines?|opens?|closes?|imposes?"
        r"|(?:is |are )?(?:due |set |expected |scheduled )?to (?:rule|decide)))"
        r"(?<!competition commission)(?<!energy commission)(?<!dumping commission)"
        r"(?<!remedies commission)"
        # a body that meets, not a plant switched on: "requested at the joint commission"
        r"(?<!joint commission)(?<!mixed commission)(?<!european commission)"
        r"(?<!bilateral commission)(?<!intergovernmental commission)"
        # ... nor a mission: "open a resident high commission in Maputo" (round 85, read)
        r"(?<!high commission)"
        r"|breaks? ground|broke ground|ground-?breaking|primera piedra|"
        r"動工|动工|開工|开工",
        3,
    ),
    # ("construction and operation": the stages a built thing goes through, round 70, read)
    (
        "project",
        r"(?:mass )?production|operational|operations?|inaugur\w*|量產|量产|投產|投产",
        2,
    ),
    (
        "project",
        # ("plant health" is a crop's, not a facility's: phytosanitary rules are the market's)
        r"fabs?|plants?(?![- ](?:health|protection|quarantine|pests?))|(?:giga)?factor(?:y|ies)"
        r"|campus|data cent(?:re|er)s?|facilit(?:y|ies)|"
        r"phase \d|plantas?|fábricas?|工廠|工厂|晶圓廠|晶圆厂|資料中心|数据中心",
        1,
    ),
    ("project", r"opens?|opening", 1),
    # Getting a built thing to work: installed, completed, connected, generating.
    (
        "project",
        r"install\w*|complet(?:ed|es|ion)|connected to the grid|grid connection|generat(?:e|es|ing)"
        r"|under way|underway|upgrade\w*|wind farms?|solar (?:parks?|farms?|plants?)|turbines?"
        r"|entr(?:a|ará|ó) en operación|entra(?:r|rá)? em operação|并网|併網|竣工|完工",
        1,
    ),
    # A plant entering service, or stalling (items say it of projects; treaties "stall" too,
    # but their own words outweigh this).
    (
        "project",
        r"entr\w+ (?:en|em) (?:operación|operação|funcionamento|funcionamiento|servicio|serviço"
        r"|producción|produção)|投产|投產|投运|投運|建成",
        3,
    ),
    ("project", r"stall\w*|paraliz\w+|paralis\w+|搁置|擱置|停工|停滞|停滯", 2),
    # A facility's own milestones that sound like other kinds' words: an investment decision
    # ("the final investment decision on the plant"), power switched on, pipe laid.
    (
        "project",
        r"final investment decision|\bFID\b|decisi[óo]n final de inversi[óo]n"
        r"|decisão final de investimento|最终投资决定|最終投資決定|first power|power-on"
        r"|pipelines?|lay(?:s|ing)? (?:the )?pipe|laying pipe|gasoduct\w+|oleoduct\w+|gasodut\w+"
        r"|oleodut\w+|输油管|輸油管|输气管|輸氣管|\bEPC\b"
        r"|engineering,? procurement and construction",
        3,
    ),
    # Work beginning on a thing is its construction, whatever instrument let it begin.
    (
        "project",
        r"(?:work|works|obras) (?:to )?(?:begins?|starts?)|lets? work (?:begin|start)"
        r"|(?:comienzan|empiezan|arrancan|começam|iniciam) (?:las |as )?obras",
        3,
    ),
    # The first works on site: earthworks, foundations.
    (
        "project",
        r"site works|(?:site|ground) preparation|earthworks|foundations?|groundwork"
        r"|(?:preparatory|enabling|preliminary|early) works|obras preparatorias"
        r"|trabalhos preparatórios|obras preparatórias"
        r"|obras civiles|obras civis|terraplen\w+|地基",
        2,
    ),
    # An environmental licence is a project's step, but an authority issuing it is a decision:
    # alone it leans only a little.
    (
        "project",
        r"environmental (?:licen[cs]es?|permits?|approvals?)|licencias? ambiental\w*"
        r"|licenças? ambienta\w*|環評|环评",
        1,
    ),
    # A line or a plant starting work: "starts carrying passengers", "begins serving".
    (
        "project",
        # (a route carrying freight is a trade: the market's words decide that one)
        r"(?:starts?|begins?) (?:carrying|running|operating|serving|taking|handling|producing)"
        r"(?! (?:freight|cargo|goods|exports))"
        r"|passenger services?|first (?:trains?|passengers)|enters? (?:commercial )?service"
        r"|trains? runs?|(?:high-speed|railway|rail|metro|tram) (?:line|link|bypass|corridor)s?"
        r"|(?:import|export|lng|container|gas|oil|grain|cruise) terminals?"
        r"|ground broken|off the drawing board|power on the grid"
        r"|(?:supplies|supply|deliver\w*|feed\w*|fornec\w+|suministr\w+) (?:\w+ )?"
        r"(?:power|electricity|energia|energía)|(?:a la|à|to the) (?:red|rede|grid)|并网|併網",
        2,
    ),
    # Goods and services reaching a market, told by what clears or carries them.
    (
        "market",
        r"first (?:scheduled |commercial )?(?:flights?|transactions?|sales?|orders?)"
        r"|direct (?:air )?(?:links?|routes?|flights?)|quarantine|at scale"
        r"|habilit\w+ (?:\w+ )?(?:frigoríficos|plantas|mataderos|establecimientos)"
        r"|frigoríficos|bird[- ]flu|avian (?:flu|influenza)|foot-and-mouth|swine fever"
        r"|mad cow|vaca louca|fiebre aftosa|febre aftosa"
        r"|(?:phyto)?sanitary (?:ban|barriers?|rules)|plant[- ]health|plant quarantine",
        2,
    ),
    # (not a body named for its market: "the Common Market Council")
    (
        "market",
        r"(?<!common )markets?(?! econom)(?! council)|mercados?(?! de capita)(?! com[uú]n)"
        r"|市場|市场",
        2,
    ),
    # (not a state lender's name: "Export-Import Bank of China loans" are no trade)
    (
        "market",
        r"exports?(?![\w-]*import)|(?<!export-)imports?|shipments?|volumes?|exporta\w*"
        r"|出口|輸出|输出|進口|进口",
        2,
    ),
    # "in what quantities": how much of a good flows is a market's measure
    ("market", r"quantit(?:y|ies)|cantidades|quantidades", 2),
    # Goods reaching buyers, said without "exports": sales, freight, shelves, a quota.
    (
        "market",
        r"sales|sell(?:s|ing)?|freight|supermarkets?"
        r"|shelves(?! (?:the|it|its|a|an|plans?|this|that|his|her|their)\b)|consumers"
        r"|steady traffic|flights?|vuelos?|voos?|航班|航线|航線|reefers?|cold[- ]storage"
        r"|cold chain|(?:clears?|through) (?:\w+ )?customs|aduanas?|alfândegas?|海关|海關"
        r"|trade (?:becomes|grows|picks up)|ventas|vendas|supermercados?"
        r"|(?:steady|regular|season-scale|full-scale) (?:trade|cargo(?:es)?|flows?|sales|volumes)"
        r"|ship(?:s|ping|ped)? to|(?:phyto)?sanitary protocol|protocolo (?:fito)?sanitario"
        r"|buyers|purchases|shiploads?|flowing to|keeps? moving|compradores|compradoras"
        r"|tonnage|containers? (?:\w+ )?sail\w*|(?:pork|beef|meat|poultry|chicken|fish|shrimp)"
        r" plants|frigoríficos? habilitad\w+"
        r"|運往|运往|運抵|运抵|銷往|销往",
        2,
    ),
    ("market", r"cargo(?:es)?|quotas?|cupos?|cotas?|配額|配额", 1),
    # Goods let in or arriving: "gain access to China", "open its doors to Colombian beef",
    # "reach South Korea", "reach Chinese ports".
    (
        "market",
        r"\b(?:gain|gains|gained|win|wins|won|get|gets|got|secure|secures|secured) (?:market )?"
        r"access\b|market access|acceso al mercado|acesso ao mercado|市场准入|市場准入"
        r"|\bopen\w* (?:its |their |the )?doors? to"
        r"|abr\w+ (?:sus |las |as |suas )?(?:puertas|portas)"
        r"|\breach(?:es|ing)? (?:(?-i:[A-Z])|(?:\w+ )?(?:ports?|shelves|consumers|buyers"
        r"|markets?|supermarkets?)\b)",
        3,
    ),
    # The market ladder's own stages, as items name them: "from a first shipment to regular
    # volumes" asks a market question whatever carries the goods.
    (
        "market",
        r"first (?:[\w-]+ )?(?:shipments?|cargo(?:es)?|consignments?|containers?|sailings?"
        r"|exports?|lots?"
        r"|batch(?:es)?|deliver(?:y|ies))|regular (?:volumes|shipments|flows?|sailings|exports"
        r"|cargo(?:es)?|deliveries)|primer(?:os)? (?:envíos?|embarques?|cargamentos?|lotes?"
        r"|contenedores?)|primeir[oa]s? (?:embarques?|envios?|carregamentos?|lotes?|remessas?"
        r"|contentores|contêineres)|首批|首航"
        # plants cleared to export are the market's, not a project's
        r"|(?:plantas?|plants?|establishments?|frigoríficos?) (?:[\w-]+ ){0,2}?(?:habilitad\w+"
        r"|certified|approved|cleared|listed|registered)|(?:newly )?(?:certified|approved"
        r"|cleared|listed|registered) (?:[\w-]+ ){0,2}?plants|commercial quantities",
        2,
    ),
    (
        "pressure",
        r"pressur\w*|coerc\w*|retaliat\w*|sanction\w*|presi[óo]n|press[ãa]o|punish\w*"
        r"|represal\w*|castig\w*|"
        r"施壓|施压|打壓|打压|脅迫|胁迫",
        4,
    ),
    # Words of pressure that other matters use too ("steps up production"): half the weight.
    (
        "pressure",
        r"warnings?|warns?|warned|curbs?|steps? up|escalat\w*|advert\w*|amenaz\w*"
        r"|complaints?|backs? down|back down|queixas?|quejas?",
        2,
    ),
    (
        # A third country acting against another: measures, retaliation, bans, restrictions.
        "pressure",
        r"(?:tak\w+|adopt\w*|announc\w*) (?:\w+ ){0,2}?(?:counter-?)?measures against"
        r"|(?:countermeasures|restrictions|sanctions|tariffs|bans?) (?:on|against)"
        r"|ban\w* imports? (?:from|of)|represáli\w+|represali\w+|retali\w+|sancion\w+|sanç\w+"
        r"|medidas (?:contra|en contra|de represalia)|(?<!sin )restricci\w+ (?:a|contra)"
        r"|(?<!sem )restriç\w+ (?:a|contra)|proh[ií]b\w+ (?:las )?importaci\w+"
        r"|pro[ií]b\w+ (?:as )?importaç\w+|pression\w+|presion\w+"
        r"|反制|報復|报复|制裁|禁止進口|禁止进口"
        # a domestic industry turning on a partner: "from complaints to formal trade action"
        r"|(?:trade|legal|formal|retaliatory) actions? against|acciones? comerciales? contra"
        r"|medidas comerciais contra|ações? comerciais? contra",
        4,
    ),
    (
        "pressure",
        r"(?:freez|suspend|cut|paus|halt|withdraw|withh[oe]ld|curtail|scrap|revok|stop)\w*"
        r" (?:[\w'’-]+ ){0,3}?(?:aid|loans?|lending|(?<!legal )assistance|talks|negotiations"
        r"|preferences|tours"
        r"|cooperation|funding|credit|financing)"
        r"|(?:suspend|congel|cort|retir)\w+ (?:\w+ ){0,2}?(?:ayuda|ajuda|préstamos|empréstimos"
        r"|créditos?|negociaciones|negociações|cooperación|cooperação)"
        r"|threat\w*|consequences|anger|ameaç\w+|amenaz\w+|entity list|blacklist\w*"
        r"|push(?:es|ing)? back|pushback|backlash|relents?|trade measures|ultimatums?"
        r"|summon\w*|expel\w*|expuls\w+|convoca\w* (?:al|a|o) embajador|召见|召見|驱逐|驅逐"
        r"|restrict\w* visas?|visa (?:restrictions|bans?)|restring\w+ (?:los )?visados?"
        r"|medidas concretas|加征|惩罚|懲罰"
        r"|export controls|words only|beyond (?:words|statements)|protests? to|concrete (?:steps"
        r"|measures|action)|anything concrete|from (?:words|rhetoric|statements)"
        r"|不满|不滿|抗议|抗議|威胁|威脅|外交声明|外交聲明",
        4,
    ),
    (
        "pressure",
        # not "strikes a deal": a strike is called, held or threatened
        r"(?:a|general|national|indefinite|port|miners'?|workers'?|its|their|the) strikes?"
        # (a workers' union, not the European one)
        r"|on strike|go-slows?|walkouts?|(?:workers|labou?r|trade|farmers|growers|dockers|miners"
        r"|teachers|transport|port|drivers)['’]? unions?|union['’]s (?:campaign|strike|protest)"
        r"|mobili[sz]\w* against|campaigns? against"
        r"|cortes de (?:carretera|ruta)|payback|freeze on (?:trade|imports|ties)"
        r"|限制措施|抵制"
        r"|strike action|blockades?|road ?blocks?|protests?|boycotts?|huelgas?|paros?|bloqueos?"
        r"|protestas?|greves?|bloqueios?|protestos?|罢工|罷工|抗议|抗議|封路",
        3,
    ),
    # A domestic group pressing through the courts or lobbies: "takes the tariff cut to court",
    # "the NGOs' lawsuit", "the millers' lobby persuades New Delhi", "acionam a Justiça".
    (
        "pressure",
        r"(?:takes?|took|taking|brings?|bringing|drag\w*) (?:[\w'’-]+ ){0,8}?to court"
        r"|(?:gets?|push\w*|forc\w*) (?:[\w'’-]+ ){0,4}?to (?:revisit|reverse|drop|scrap|change"
        r"|review|reconsider|withdraw|back down)|\bpress(?:es|ed|ing)\b(?! (?:release|conference))"
        r"|court (?:challenges?|cases?|actions?)|lawsuits?|\bsu(?:es|ing)\b|legal challenges?"
        r"|(?:lodg|fil)\w* (?:a |an |its |their )?(?:formal )?(?:complaint|petition|appeal"
        r"|challenge)|appeals? against|lobby(?:ing|ies)?\b|persuad\w*"
        r"|(?:acion|recorr)\w* (?:a |à )?justiça|(?:lleva|llevan|llevar|acud)\w* (?:a )?la justicia"
        r"|ações? judicia\w+|acci(?:ón|ones) judicia\w+|demandas? judicia\w+"
        r"|提起诉讼|提起訴訟|向法院|起诉|起訴|封锁|封鎖|堵路"
        r"|\w+(?:s|rs)['’] (?:strikes?|protests?|blockades?|lawsuits?|campaigns?|appeals?"
        r"|opposition|resistance)|resist(?:s|ed|ing|ance)?\b|resist(?:ir|iendo|e|en|em)\b"
        r"|resistência|resistencia",
        3,
    ),
    # Who acts against whom, and over what: in the item files and replay sets these words
    # stood in pressure items 60 times and in others 4 ("against", "contra", "over the").
    (
        "pressure",
        r"\bagainst\b|\bcontra\b|反对|反對|\bover (?:the|its|a|an|their|his|her)\b"
        r"|in (?:protest|retaliation)",
        2,
    ),
    # Misgivings hardening into acts: "turns its concerns over the debts into binding
    # conditions", "a yellow card under the rules against illegal fishing".
    (
        "pressure",
        r"turn\w* (?:its|their|his|her) (?:concerns?|worries|misgivings|objections|criticisms?"
        r"|warnings?|complaints?|grievances|threats?|protests?)\b(?:\W+\w+){0,12}?\W+into"
        r"|yellow card|red card|cart(?:ão|ón|a) (?:amarel[oa]|vermelh[oa]|roj[oa])|黄牌|黃牌"
        r"|binding conditions",
        3,
    ),
    # A fight taken up, a petition for protection filed, or talk that fades: "push their fight
    # against duty-free wine", "whether talk of a safeguard turns into a formal petition".
    (
        "pressure",
        r"\bfight(?:s|ing)?\b|\bluchas?\b|\blutas?\b|\bfades?\b|fizzles?|dies? down",
        3,
    ),
    # A group asking its government for protection: "press Montevideo over imports", "petition
    # Beijing for anti-dumping duties", "seek countervailing duties" (the duties are what the
    # group wants, not a decision the item follows).
    (
        "pressure",
        r"\bpress (?=(?-i:[A-Z]))|\bpress (?:the |their |its )?(?:government|authorities)"
        r"|(?:petition|seek|file for|lobby|press)\w* (?:(?-i:[A-Z])\w+ )?(?:for )?(?:anti-?dumping"
        r"|countervailing|safeguard|protective) (?:duties|measures|tariffs)",
        3,
    ),
    (
        "pressure",
        r"(?:formal|trade[- ]defen[cs]e|safeguard|anti-?dumping|protection) petitions?"
        r"|peti(?:ción|ções|ção) (?:de|por) (?:salvaguardia|salvaguarda|protección|proteção)",
        2,
    ),
    # Who presses at home: an industry's association, a lobby, farmers, unions.
    (
        "pressure",
        r"associations?|gremios?|sindicatos?|(?:farmers|ranchers|growers|producers|truckers"
        r"|millers|fishermen|exporters|manufacturers|NGOs|shoemakers|winemakers|cooperatives"
        r")\b|agricultores|produtores|ganaderos|calzadistas|calçadistas|cooperativas"
        r"|criadores|camioneros|caminhoneiros|协会|協會|工会|工會|农民|農民|牧民",
        1,
    ),
    # A named project moving on to a later stage or an expansion: the verb alone is vague
    # ("talks advance"), the later stage and the consortium make it a project.
    (
        "project",
        r"(?:mov\w+|go(?:es|ing)?|push\w*|press\w*) ahead|advanc\w*|proceed\w*|avanz\w+|avanç\w+"
        r"|sigue adelante|segue adiante|推進|推进",
        1,
    ),
    (
        "project",
        r"(?:second|2nd|next|new|later) (?:stage|phase)|phase (?:2|two|ii)\b"
        r"|expan(?:sion|d|ds|ding)|segund[ao] (?:etapa|fase)|ampliaci\w+|ampliaç\w+"
        r"|expansi[óo]n|expansão"
        r"|擴建|扩建|二期|第二階段|第二阶段",
        2,
    ),
    ("project", r"consorti\w+|consorcio|consórcio|財團|财团|project|proyecto|projeto", 1),
    (
        "decision",
        r"commit(?!tee)\w*|decid\w*|decision|approv\w*|formally|aprob\w*|aprov\w*|決定|决定|核定",
        2,
    ),
    # An idea followed through or dropped: "follows through on the samurai bond, or drops it".
    # An authority letting others do something: "lets banks settle trade in rupees", "permite
    # a los bancos" (not "permit": a plant's permit is a project's paperwork).
    (
        "decision",
        r"\blets?\b|\bpermit(?:e|en|ió|iu|em)\b"
        r"|settle\w* (?:\w+ ){0,3}?in (?:rupees|yuan|renminbi|local currenc\w+|reais|pesos)"
        r"|banco de (?:mo[çc]ambique|portugal|angola|cabo verde|m[ée]xico|la rep[úu]blica"
        r"|guatemala)",
        2,
    ),
    # A government letting others do something is its act, whatever trade it opens: "whether
    # Guinea-Bissau's government lets foreign buyers purchase raw cashew".
    (
        "decision",
        r"\b(?:government|cabinet|ministry|authorities|regulator|governo|gobierno)\s+"
        r"(?:[\w'’-]+\s+)?(?:lets?|allows?|permits?|authori[sz]es)\b",
        2,
    ),
    (
        "decision",
        r"follows? through|follow-through|(?:quietly )?drops? (?:it|the (?:idea|plan))"
        r"|shelves? (?:it|the (?:idea|plan))|goes? ahead with|abandons? the (?:idea|plan)",
        2,
    ),
    # An authority's act on a request: issuing a licence, authorising, awarding, agreeing to.
    (
        "decision",
        r"issues? (?:the |a |an |its )?(?:\w+ )?"
        r"(?:licen[cs]es?|permits?|decrees?|authori[sz]ations?)"
        r"|authori[sz]\w*|awards?|awarding|agrees? to|agreeing to|(?<!environmental )licen[cs]es?"
        r"|permits? for"
        r"|autoriz\w+|otorga\w*|concede\w*|outorga\w*|licencias?(?! ambiental)"
        r"|licenças?(?! ambienta)|許可|许可|核准",
        2,
    ),
    (
        "decision",
        # (a "grant agreement" is an instrument, not an act of granting: round 70, read)
        r"(?:creat(?:e|es|ing)|appoint\w*|grant(?:s|ing)?(?! agreements?| aid)|adopt\w*|"
        r"establish(?:es|ing)?|lifts?|"
        r"lifting|impos(?:e|es|ing)|names? (?:a|an|the|its|his|her)|nominat\w*|joins?|joining|"
        r"accedes?|sets? up|opens? an? (?:resident )?"
        r"(?:office|embassy|high commission|post|consulate|representation)|"
        r"crea(?:r|rá|ción)?|cria(?:r|rá|ção)?|nombra(?:r|rá)?|nomea(?:r|rá)?|designa(?:r|rá)?|"
        r"adhiere|adhesión|adesão|ingresa(?:r|rá)?|signs? (?:up|on) to|adher\w*|ader(?:e|ir|irá)"
        r"|une a|se une|se suma|adhiera|ingrese|ingresse|entra(?:r)? (?:a|en|no|na|para)"
        r"(?! (?:operación|operação|funcionamento|servicio|serviço|vigor)))\b"
        r"|設立|设立|任命|加入|成立|派駐|派驻",
        2,
    ),
    (
        "decision",
        r"picks?|chooses?|choosing|selects?|switch(?:es)? (?:\w+ )?(?:recognition|ties|sides)"
        r"|recogni[sz]\w*|extends?|adds? (?:\w+ ){0,4}?to (?:its|the) (?:\w+ )?list|eligible"
        r"|visa-free|visa waivers?|envoys?|consulates?|embass(?:y|ies)|bonds?|unilateral\w*"
        r"|on its own account|por su cuenta|por conta própria|rather than a response"
        r"|elige|escoge|selecciona|escolhe|seleciona|reconoce|reconhece|nomeia|enviad[oa]"
        r"|consulado|embajada|embaixada|bonos|títulos"
        r"|选定|選定|选择|選擇|挑选|挑選|新设|新設|领事馆|領事館|免签|免簽|承认|承認",
        2,
    ),
    # a ban, a freeze or a moratorium ended is a decision ("ends its freeze on port calls by
    # research vessels": the port is where, not what gets built)
    (
        "decision",
        r"\bends? (?:its |the |a )?(?:\w+ )?(?:freeze|ban|moratorium|embargo)\b"
        r"|\b(?:pone|poner|pondrá) fin (?:a|al) (?:la |el )?(?:\w+ )?(?:prohibición|veto|moratoria)"
        r"|\b(?:põe|pôr|porá) fim (?:a|à|ao) (?:\w+ )?(?:proibição|moratória|veto)"
        r"|解除禁令|取消禁令|结束禁令|結束禁令",
        2,
    ),
    ("decision", r"polic(?:y|ies)|rules?|regulations?|polític\w+|normas?|reglas?|政策", 1),
    # An offer taken up or turned down: "whether the cabinet accepts or turns down Beijing's
    # offer" ("Port Vila" is no port to build).
    (
        "decision",
        r"\baccepts? or (?:turns? down|rejects?|declines?)\b|\bturns? down\b"
        r"|\b(?:accepts?|takes? up|declines?) (?:\w+['’]s )?offer\b"
        # "whether Beijing says yes to São Tomé's request": an answer to a request
        r"|\bsays? (?:yes|no) to\b|\bdice (?:que )?(?:sí|no) a\b|\bdiz (?:que )?(?:sim|não) a\b",
        3,
    ),
    # An authority's answer to a request ("grants Uruguay's long-pending request to export
    # beef"), or its relief on a debt ("defer principal repayments"): the act is asked, not
    # the trade or the loan it concerns.
    (
        "decision",
        r"\b(?:grants?|granting|approves?|approving|accepts?|rejects?|turns? down|denies"
        r"|agrees? to|says? (?:yes|no) to)\s+(?:[\w'’-]+\s+){0,4}?requests?\b",
        3,
    ),
    (
        "decision",
        r"\b(?:defer|suspend|reschedul|restructur|postpon|freez)\w*\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:repayments?|debt service|debt payments?|loan payments?)\b|debt relief",
        2,
    ),
    # An authority's ruling to come: "is due to rule by October on anti-dumping duties",
    # "Hanoi still has to rule on whether avocados may enter".
    ("decision", r"\bto rule\b|\brules? on\b|\bruling on\b|裁定|裁决|裁決", 2),
    # An authority's own words: a deal cleared without conditions, an office, a tariff set, an
    # anti-dumping ruling ("作出终裁并征收最终反倾销税").
    (
        "decision",
        r"(?:without|with) (?:conditions|remedies|restrictions)|unconditional\w*"
        r"|sin (?:condiciones|restricciones)|sem (?:condições|restrições)|offices?|oficinas?"
        r"|escritórios?|办事处|辦事處|tariffs? (?:on|for|rate|cut|reduction)|arancel\w*"
        r"|renew\w*|renueva\w*|renova\w*|反倾销|反傾銷|终裁|終裁|征收|關稅|关税",
        1,
    ),
    (
        "decision",
        r"rules? out|ruled out|windfall tax|sets? (?:the |a |its |new )?(?:[\w-]+ )?(?:price|rate"
        r"|quota|floor|ceiling)s?\b"
        r"|fij\w+ (?:los |las |el |la )?(?:aranceles|precios?|tasas?|cupos?)"
        r"|fix\w+ (?:os |as |o |a )?(?:tarifas|preços?|taxas?|quotas?)"
        r"|implementing act|delegated act",
        2,
    ),
    (
        "decision",
        r"(?:interest|exchange|policy|refinancing) rates?|tasas? de interés|taxas? de juros"
        r"|(?:cuts?|raises?|hikes?|lowers?|recorta|baja|sube|corta|eleva)\w* (?:\w+ ){0,3}?"
        r"(?:rates?|tasas?|taxas?)|利率|降息|加息|unif(?:y|ies|ied|ica)\w*|strikes? down"
        r"|courts?|tribunal\w*|法院|bills?|proyecto de ley|projeto de lei|法案|mandatory"
        r"|obligatori\w+|anti-?dumping|duties|benchmark|index|guarantee\w*|garant\w+"
        r"|visa requirements?|requisito de visado|exigência de visto|eliminat\w+|elimina"
        r"|abolish\w*|scraps? the|removes? the",
        2,
    ),
    (
        "decision",
        r"subsid\w*|funding|budget|grants?(?! agreements?| aid)|subvenci\w+|subsídio\w*"
        r"|補助|补助|補貼|补贴",
        2,
    ),
    # A limit a government decides on its trade: "decides to cap live cattle exports" (it
    # outweighs the exports it limits; a market item may speak of a partner's limits).
    (
        "decision",
        r"\b(?:decid\w*|decision|agrees?|votes?|resolves?|decide|decidir\w*|decidi\w*) "
        r"(?:to|a|de) (?:cap|limit|restrict|ban|prohibit|limitar|restringir|prohibir|proibir)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:exports?|imports?|exportaci\w+|importaci\w+|exporta\w+"
        r"|importa\w+)",
        3,
    ),
    # A purchase or a launch decided on: "decides to buy Turkish-built patrol boats", "decides to
    # launch direct flights" (round 53, read: the decision outweighs what is bought or flown);
    # "decides to source fertiliser ... from the Moroccan-built plant" (round 60, read).
    (
        "decision",
        r"\b(?:decid\w*|decide) (?:whether )?to (?:buy|purchase|acquire|procure|order|lease"
        r"|launch|source|contract|charter|hire)\b",
        3,
    ),
    # A levy a government sets: "decides to raise the surcharge on raw cashew exports" (it
    # outweighs the exports it taxes).
    (
        "decision",
        r"surcharges?|surtax(?:es)?|levy|levies|export (?:tax|taxes|duty|duties)|sobretasas?"
        r"|recargos?"
        r"|gravámenes|gravamen|retenciones|derechos de exportación|sobretaxas?"
        r"|impostos? (?:de|sobre a) exporta\w+|taxas? de exporta\w+|附加税|附加稅|出口税|出口稅"
        r"|duty-free|tariff-free|libre de aranceles|isen\w+ de tarifa"
        # a duty a government sets on what comes in ("removes the import duty on fertilisers")
        r"|import (?:duty|duties|tariffs?|tax|taxes)|aranceles? de importaci[óo]n"
        r"|direitos? de importação|impostos? de importação|tarifas? de importação"
        r"|进口关税|進口關稅",
        3,
    ),
    # An authority admitting a plant into an incentive scheme: "admits the plant into the RIGI
    # regime" asks for its act, not for the plant's works.
    (
        "decision",
        r"\badmit(?:s|ted)? (?:[\w'’-]+ ){0,4}?(?:into|to) (?:the |its )?(?:[\w'’-]+ ){0,4}?"
        r"(?:regime|scheme|programme|program|r[ée]gimen|regime)\b|incentive (?:regime|scheme)"
        r"|r[ée]gimen de incentivo|regime de incentivo",
        3,
    ),
    # Who wins a tender or a contract, a deal cleared, a licence or a fine upheld: an authority's
    # act ("Who will win the Metro Line 8 rolling stock tender?" asks for the award, not the
    # works); a regulator or a watchdog named is the authority that acts.
    (
        "decision",
        r"\b(?:win|wins|won|winning) (?:the |a |an |its )?(?:[\w'’-]+ ){0,6}?(?:tender|contract"
        r"|concession|bid|auction|licen[cs]e)s?\b"
        r"|\bclear\w* (?:the |a |an |its )?(?:[\w'’-]+ ){0,4}?(?:merger|takeover|acquisition"
        r"|purchase|deal|buyout)s?\b|\buph[eo]ld\w*|\bcertif(?:y|ies)\b|\ballows?\b"
        r"|\bIPOs?\b|listing application",
        3,
    ),
    ("decision", r"regulators?|regulador\w*|watchdogs?|監管|监管", 1),
    # A contract rescinded is the government's act on it, not the works it pays for.
    ("decision", r"\brescind\w*|\brescis\w+|\brescin\w+|解除合同|解除合約", 3),
    # Money set by an authority: a central bank's rate call, a benchmark cut or held.
    (
        "decision",
        r"central bank|rate (?:call|decision|cut|cuts|hike|hikes)|hikes|(?:resumes?|keeps?) cutting"
        r"|(?:holds?|keeps?|pauses?) (?:rates|the rate)|selic|copom|banco central"
        r"|reserve requirements?(?: ratio)?|people['’]s bank of china"
        r"|贷款市场报价利率|貸款市場報價利率|降准|降準|降息|加息|央行|人民银行|人民銀行",
        3,
    ),
    # A contract handed to a bidder ("hand the Esmeraldas refinery contract to Qamar"): an award.
    (
        "decision",
        r"(?:hand|hands|handed|handing|give|gives|gave|giving)\s(?:the\s|a\s|its\s)?"
        r"(?:[\w'’-]+\s){0,4}?(?:contract|concession|licen[cs]e|tender)s?\s(?:to|over to)\b",
        3,
    ),
    # A deal an authority clears: a merger, a takeover, a sale; a concession or tender awarded;
    # a court's finding; a post filled; a sign-off; an office opened.
    (
        "decision",
        r"mergers?|acquisitions?|takeovers?|buyouts?|the sale of|a venda d|la venta d|fusi[óo]n"
        r"|purchases? of|(?:controlling|majority) stake|stake in|compra de|adquisici[óo]n"
        r"|aquisição|participación (?:mayoritaria|de control)"
        r"|participação (?:majoritária|de controle)"
        r"|fusão|收购|收購|并购|併購|concessions?|tenders?|bidders?|concesi[óo]n|concessão"
        r"|licitaci[óo]n|licitação|adjudic\w+|招标|招標|中标|中標|finds? that|rules? that|ruling"
        r"|verdict|fallo|sentencia|acórdão|判决|判決|裁定|constitutional court|supreme court"
        r"|corte (?:constitucional|suprema)|supremo tribunal|new (?:governor|chief|head|president"
        r"|chair|ceo|ambassador)|signs? off on|sign-off|green light|luz verde|visto bueno"
        r"|settles? on|opts? for|opens? (?:its |a |an |the )?(?:\w+ ){0,3}?(?:office|branch|hub"
        r"|headquarters)",
        2,
    ),
)
_MIN_KIND_SCORE = 2
# A winner this far ahead of the runner-up is a clear choice; closer, a person should check.
_SURE_MARGIN = 2
# Where an item's main clause ends: a comma, then a relative clause; or a conjunction that
# sets the scene (the reason, the condition, the circumstance) rather than asking.
_COMMA = re.compile(r",\s*")
_RELATIVE = re.compile(
    r"(?:which|whose|who|whom|where|that|an? |now |already |still |que|cuy[oa]s?"
    r"|cuj[oa]s?|onde|donde"
    # ", as local processors want", ", while traders oppose": who wants it, not what is asked;
    # ", or keep handling it from Moscow": the other outcome, not the matter
    r"|as (?!well\b|part\b)|while|whereas|mientras|enquanto|or (?!not\b)|o |ou )\b",
    re.IGNORECASE,
)
_SCENE = re.compile(
    r"(?<!\w)(?:once|now that|after|following|under|over|since|despite|because|amid|ahead of"
    r"|as part of|una vez que|ahora que|tras|después de|bajo|pese a|por causa d[eoa]s?"
    r"|assim que|agora que|após|depois d[eoa]s?|sob|apesar d[eoa]s?|devido a|due to"
    r"|for (?:lack|want) of|por (?:la |el )?falta d[eo]|por falta d[eo]"
    r"|before|antes d[aoe]s?|antes de que)(?!\w)",
    re.IGNORECASE,
)

# Things that get built, read only when nothing above decides (they lean an item that asks
# nothing else to a project: "the desalination plant", "the new cargo terminal"; they never
# outweigh a decision's verb: "approves the dam project as a priority" stays a decision). The
# glossary's facilities (`thing` concepts) count too; these are the bare words they lack.
_BUILT_THINGS = re.compile(
    r"(?<![A-Za-z])(?:cables?|roads?|(?:ship)?yards?|docks?|desalinis\w*|hydro\w*|works|worksite"
    r"|電站|电站)",
    re.IGNORECASE,
)

# Stage cues: phrases that report a stage as reached. Only forward stages are listed: a
# briefing never leaves a question at a setback by itself.
_STAGE_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "ratification": (
        ("signed", r"sign(?:ed|ing)|firm(?:ó|aron|ado|ada)|assinad[oa]|簽署|签署|簽訂|签订"),
        (
            "submitted",
            r"(?:submitted|sent) to (?:the )?(?:parliament|congress|legislat\w*|senate)"
            r"|remitido al congreso|送交立法院|送立法院",
        ),
        (
            "ratified-partial",
            r"ratified by (?:the )?(?:senate|congress|parliament|legislat\w*)"
            r"|(?:senate|congress|parliament|legislature) (?:has )?ratified",
        ),
        ("ratified-all", r"ratified by both|both (?:parliaments|legislatures) (?:have )?ratified"),
        ("in-force", r"(?:entered|came) into force|entró en vigor|entrou em vigor|已生效"),
        ("invoked", r"invoked the (?:treaty|agreement)|first request under the treaty"),
    ),
    "project": (
        (
            "announced",
            r"announc\w*|unveil\w*|anunci\w+|sign(?:ed|ing)\b.*\b(?:mou|memorandum)"
            r"|\b(?:mou|memorandum)\b.*\bsign(?:ed|ing)",
        ),
        (
            "preparing",
            r"(?:site|land) (?:was |has been )?(?:selected|chosen|acquired|secured)"
            r"|permits? (?:was |were |has been |have been )?(?:granted|issued)",
        ),
        (
            "construction",
            r"under construction|ha(?:s|ve) been building|began (?:building|construction)"
            r"|started (?:building|construction)|construction (?:began|started|has begun)"
            r"|broke ground|ground was broken|en construcción|em construção|興建中|兴建中",
        ),
        (
            "operational",
            r"began (?:mass )?production|mass production (?:began|started|has begun)"
            r"|(?:began|started) operations|is now operational|was inaugurated"
            r"|opening ceremony (?:was held|took place)|已量產|已量产",
        ),
    ),
    "market": (
        (
            "opened",
            r"open(?:ed|s)? (?:its |the )?market|agreed to open (?:its |the )?market"
            r"|lifted (?:its |the )?ban|cleared .{0,40}for import|granted market access"
            r"|abri(?:ó|u) (?:su|seu|o) mercado"
            r"|開放.{0,12}(?:市場|進口)|开放.{0,12}(?:市场|进口)",
        ),
        (
            "first-shipment",
            r"first (?:shipment|cargo|consignment|container)s?(?: [\w'’-]+){0,4}? "
            r"(?:arrived|was shipped|left|departed|reached)|primer (?:envío|embarque)|首批",
        ),
        (
            "volumes-reported",
            r"exported [\d,.]+ (?:tonnes|tons)|[\d,.]+ (?:tonnes|tons) (?:were|was) "
            r"(?:exported|shipped)",
        ),
    ),
    "pressure": (),  # the briefing's own account is the baseline the question measures from
    "decision": (
        ("signaled", r"signall?ed (?:that )?(?:it|the government)"),
        # ("confirmed that X is one of three bidders" says what is, not what was decided)
        ("done", r"(?:formally )?(?:approved|decided|granted|confirmed(?! that)|committed)"),
    ),
    "generic": (),
}

# Stages a briefing reports by a promise: an official saying the decision will come.
_PROMISED = {
    "decision": (
        (
            "signaled",
            re.compile(
                r"(?<!\w)(?:said|says|promised|promises|pledged|pledges|announced|announces|"
                r"told \w+)(?:\W+\w+){0,6}?\W+(?:would|will|is to|was to|were to)\s+"
                r"(?:follow|come|be (?:signed|issued|published|granted|adopted|approved|"
                r"taken|made))(?!\w)",
                re.IGNORECASE,
            ),
        ),
    ),
}
_NEGATED = re.compile(r"(?<!\w)(?:not|never|no|won't)(?!\w)", re.IGNORECASE)

# A clause that says a thing may, will or did not happen reports nothing done.
_HEDGES = re.compile(
    r"(?<!\w)(?:could|would|(?-i:may)|might|will|won't|shall|should|plan(?:s|ned|ning)?|to be|"
    r"expect\w*|due to|aim(?:s|ed|ing)?|"
    r"intend\w*|target\w*|envisag\w*|envision\w*|hope\w*|seek\w*|if|propos\w*|possibl\w*|"
    r"potential\w*|likely|not|no|never|yet to|denied|without|must|needs? to|has to|have to|whether|"
    r"requires?|required|pending|podría|podrá|planea\w*|prevé|debe|deberá|precisa|"
    r"espera\w*|será|poderá|deverá|planeja\w*|how (?:fast|far|quickly|soon|long|much|many)|"
    r"cu[aá]n (?:r[aá]pido|pronto)|qu[eé] tan (?:r[aá]pido|pronto)|"
    # what someone weighs is not done: "the regulator weighs a fast track for medicines
    # approved in Korea" (round 80, read)
    r"weigh(?:s|ing)|consider(?:s|ing)|mulls?|mulling|stud(?:ies|ying)|estudia\w*|evalúa\w*|"
    r"evalua\w*|avalia\w*|analiza\w*|analisa\w*|sopesa\w*|pondera\w*)(?!\w)"
    r"|將|将|預計|预计|計劃|计划|可能|擬|拟|尚未|未|研究|考慮|考虑",
    re.IGNORECASE,
)
# A sentence that says the matter is still open reports no stage at all.
_NOTHING_YET = re.compile(
    r"(?<!\w)(?:no (?:final |formal )?decision|not yet|yet to|has not|have not|had not|hasn't|"
    r"haven't|is not|was not|isn't|wasn't|undecided|pending|awaiting|still (?:weighing|"
    r"considering|studying|discussing|looking)|no se ha|aún no|todavía no|ainda não|não foi)"
    r"(?!\w)|尚未|仍未|未定|未決|未决",
    re.IGNORECASE,
)
# Words every treaty or decision item shares with its neighbours: acts, instruments, bodies.
_GENERIC_WORD = re.compile(
    r"whether|ratif\w*|treat(?:y|ies)|agreements?|accords?|pacts?|deals?|mous?|memorand\w*"
    r"|conventions?|instruments?|parliaments?|congress\w*|senates?|legislat\w*|both|force"
    r"|enter\w*|effect|vigor|tratados?|acuerdos?|acordos?|conveni\w*|parlamentos?|congresos?"
    r"|congressos?|senados?|entr\w+|ratifica\w*|aprob\w*|aprov\w*|sign\w*|firm\w*|assin\w*"
    r"|cabinets?|governments?|ministr\w*|executives?|gobiernos?|governos?|gabinetes?"
    # the trade's direction and an item's frame are no matter of their own: "cut the import
    # tariff on rice ... as Thailand has asked" is not the beef "import conditions" published
    # the same day (round 63, read)
    r"|imports?|imported|exports?|exported|outside|ask(?:s|ed)?"
    # ... nor is the verb of a decision: "decides to open a resident embassy" is not "a protocol
    # that opens the Thai market" (round 69, read)
    r"|decid\w*|decisions?|opens?|opened|opening",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9¡¿])|(?<=[。！？])")
_CLAUSE_END = re.compile(r";|:\s| — | – ")

# "first fab", "a second Kumamoto plant", "Phase 2": which instance of a thing a text is about.
_THING = (
    r"fabs?|plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|campus(?:es)?|units?|lines?"
    r"|projects?|tranches?|data cent(?:re|er)s?|mines?|reactors?|plantas?|fábricas?"
)
_ORDINAL_WORDS = {
    "first": "1",
    "1st": "1",
    "second": "2",
    "2nd": "2",
    "third": "3",
    "3rd": "3",
    "fourth": "4",
    "4th": "4",
    "one": "1",
    "two": "2",
    "three": "3",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "another": "later",
    "follow-on": "later",
    "additional": "later",
    "primera": "1",
    "primer": "1",
    "segunda": "2",
    "segundo": "2",
    "tercera": "3",
}
_ORDINAL = re.compile(
    rf"(?<!\w)(first|1st|second|2nd|third|3rd|fourth|4th|another|follow-on|additional|primera?"
    rf"|segund[ao]|tercera)(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_THING})(?!\w)"
    r"|(?<!\w)(?:phase|fase|stage)\s+(\d|one|two|three|iii|ii|i)(?!\w)"
    r"|第([一二三])(?:座|期|廠|厂)|([一二三])(?:期|廠|厂)",
    re.IGNORECASE,
)
_CJK_NUMBERS = {"一": "1", "二": "2", "三": "3"}


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{pattern})", re.IGNORECASE)


_KIND_PATTERNS = tuple((kind, _cue(cue), weight) for kind, cue, weight in _KIND_CUES)
_STAGE_PATTERNS = {
    kind: tuple((stage, _cue(cue)) for stage, cue in cues) for kind, cues in _STAGE_CUES.items()
}


@dataclass(frozen=True)
class KindChoice:
    """The kind a watch item asks, how sure the choice is, and the words that made it."""

    kind: str
    confident: bool
    scores: tuple[tuple[str, float], ...]  # every kind that scored, heaviest first
    cues: tuple[str, ...]  # the words of the item that counted for the chosen kind

    @property
    def runner_up(self) -> str | None:
        """The next kind by weight, when another kind scored at all."""
        return next((kind for kind, _ in self.scores if kind != self.kind), None)

    @property
    def why(self) -> str:
        """One line for people: "ratification 6 (ratified, treaty), decision 2 (approve)"."""
        parts = [f"{kind} {score:g}" for kind, score in self.scores]
        if parts and self.cues:
            parts[0] += f" ({', '.join(self.cues)})"
        return ", ".join(parts) or "no kind's words"


def choose_kind(item_text: str) -> str:
    """The kind of question a watch item asks (a key of `LADDERS`)."""
    return weigh_kinds(item_text).kind


@lru_cache(maxsize=1024)
def weigh_kinds(item_text: str) -> KindChoice:
    """Every kind's weight in a watch item, the heaviest kind, and whether it clearly won.

    The item's main clause says what it asks; a clause that sets the scene ("once the protocol
    is in force", "over its deal with China", ", whose loan parliament approved,") counts half.
    A choice is unsure when the item names no kind's words strongly (it leaned on what the item
    is about) or when the runner-up is close behind: a person should look at the `kind` field
    of such a question, because a wrong kind is the one error the judge cannot repair later
    (its ladder lacks the stages the news reports). `generic` is left for items that name no
    kind's words at all. Cached: an import asks it of each item several times (to build the
    question, to comment the file, to report the unsure kinds).
    """
    main = main_clause(item_text)
    scores = dict.fromkeys(LADDERS, 0.0)
    cues: dict[str, list[str]] = {kind: [] for kind in LADDERS}
    for kind, pattern, weight in _KIND_PATTERNS:
        if found := pattern.search(main):
            scores[kind] += weight
        elif found := pattern.search(item_text):
            scores[kind] += weight / 2
        if found:
            cues[kind].append(found.group(0).strip().lower())
    best = max(scores, key=lambda kind: scores[kind])  # first of equals: table order
    leaned = scores[best] < _MIN_KIND_SCORE
    if leaned:
        # Undecided: what the item is about leans it. A thing that gets built leans to a
        # project, a traded product (the glossary's `focus` concepts) to a market.
        products, things = _glossary_leaning()
        for kind, patterns in (("project", (_BUILT_THINGS, things)), ("market", (products,))):
            found = next((m for p in patterns if (m := p.search(item_text))), None)
            if found:
                scores[kind] += 1
                cues[kind].append(found.group(0).lower())
        best = max(scores, key=lambda kind: scores[kind])
    if not scores[best]:
        best = "generic"
    ranked = sorted(
        ((kind, score) for kind, score in scores.items() if score), key=lambda ks: -ks[1]
    )
    second = next((score for kind, score in ranked if kind != best), 0.0)
    margin = scores.get(best, 0.0) - second
    return KindChoice(
        kind=best,
        confident=not leaned and margin >= _SURE_MARGIN,
        scores=tuple(ranked),
        cues=tuple(dict.fromkeys(cues.get(best, ()))),
    )


def main_clause(item_text: str) -> str:
    """The part of a watch item that asks its question: without relative clauses set off by
    commas (", whose loan parliament approved,") and without what follows a conjunction that
    sets the scene ("once", "now that", "over", "after"), up to the next comma."""
    kept = []
    for segment in _COMMA.split(item_text):
        if _RELATIVE.match(segment):
            continue
        kept.append(_SCENE.split(segment, maxsplit=1)[0])
    return ",".join(kept)


@cache
def _glossary_leaning() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of the glossary's products (`focus`) and facilities (`thing`), in any language."""

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    concepts = glossary()
    return (
        pattern([w for c in concepts if c.focus for w in c.words]),
        pattern([w for c in concepts if c.thing for w in c.words]),
    )


def ladder_for(
    kind: str, stages: Sequence[str] | None = None, setbacks: Sequence[str] | None = None
) -> Ladder:
    """The standard ladder of `kind`, or a custom one when `stages` are given.

    Raises ValueError for an unknown kind without stages (the caller knows where it came from).
    """
    if stages:
        return Ladder(kind, tuple(stages), tuple(setbacks or ()))
    if kind not in LADDERS:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(LADDERS)}; or give stages)")
    standard = LADDERS[kind]
    return standard if setbacks is None else Ladder(kind, standard.stages, tuple(setbacks))


def baseline_for(kind: str, item_text: str, briefing: Briefing) -> str:
    """The furthest stage the briefing itself reports done for this item; else the first stage."""
    ladder = ladder_for(kind)
    reached = [
        stage
        for sentence in _sentences_on(item_text, briefing)
        for stage in _stages_reported(kind, sentence)
    ]
    return max(reached, key=ladder.rank, default=ladder.stages[0])


def _stages_reported(kind: str, sentence: str) -> Iterator[str]:
    """Stages a sentence reports as done: the cue is not preceded by a hedge in its clause,
    and the sentence does not say that nothing has been done yet ("no decision has been
    taken", "has yet to"): such a sentence reports the matter open, whatever verb it uses.
    A decision's `signaled` stage is itself a promise: "the minister said the decree would
    follow" reports it, unless negated."""
    if _NOTHING_YET.search(sentence):
        return
    for stage, pattern in _PROMISED.get(kind, ()):
        found = pattern.search(sentence)
        if found and not _NEGATED.search(found.group()):
            yield stage
    for clause in _CLAUSE_END.split(sentence):
        for stage, pattern in _STAGE_PATTERNS.get(kind, ()):
            found = pattern.search(clause)
            if found and not _HEDGES.search(clause[: found.end()]) and _as_act(found, clause):
                yield stage


def _as_act(found: re.Match[str], clause: str) -> bool:
    """The cue reports an act, not a participle qualifying a noun (`_ATTRIBUTIVE`)."""
    return " " in found.group().strip() or not _ATTRIBUTIVE.search(clause[: found.start()])


# A one-word cue after a number or a determiner is a participle qualifying a noun; it reports no
# act: "nine approved Brazilian plants may ship beef", "the signed text". (A cue of several words
# may start with its subject: "the senate ratified".)
_ATTRIBUTIVE = re.compile(
    r"(?<!\w)(?:\d[\d,.]*|the|a|an|its|their|his|her|our|all|every|each|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozens? of|several|many|some|los|las|el|la|unos|unas|os|as|o|uma?)\s+$",
    re.IGNORECASE,
)


def _sentences_on(item_text: str, briefing: Briefing) -> Iterator[str]:
    """Sentences of the dek and body on the item's own matter and about the same instance of it.

    A sentence is on the matter when it shares one of the item's own words: not an act
    ("ratified", "signed") nor a kind of instrument ("treaty", "agreement"), which a headline
    about another watch item shares too ("the senate ratified the extradition treaty" says
    nothing of the trade agreement's ratification).
    """
    # (a body's name says who decides, not what about: "the Common Market Council" shares no
    # topic with "the Korean market")
    unnamed = _BODY_NAME.sub(" ", item_text)
    topics = _own_stems(unnamed) or _topic_stems(item_text)
    wanted = _ordinals(item_text)
    for paragraph in (briefing.dek, *briefing.body.split("\n\n")):
        context: set[str] = set()
        follows = False  # the previous sentence was on the matter: "It has..." continues it
        for sentence in _SENTENCE_END.split(paragraph):
            context = _ordinals(sentence) or context  # "The plant..." after "its first fab"
            on_topic = bool(topics & _own_stems(sentence)) or (follows and _continues(sentence))
            follows = on_topic
            if on_topic and _same_instance(wanted, context):
                yield sentence


_BODY_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]+\s+){1,4}(?:Council|Committee|Commission|Board|Agency|Authority"
    r"|Ministry|Court|Tribunal)(?![\w-])"
)


def _own_stems(item_text: str) -> set[str]:
    """The item's topic stems less its act and instrument words."""
    return {
        _stem(w)
        for w in content_words(item_text)
        if w not in _actor_words() and not _GENERIC_WORD.fullmatch(w) and not _is_stage_word(w)
    } - {""}


def _is_stage_word(word: str) -> bool:
    return any(p.fullmatch(word) for cues in _STAGE_PATTERNS.values() for _, p in cues)


def _continues(sentence: str) -> bool:
    return sentence.split(" ", 1)[0].lower() in {"it", "its", "they", "their", "this", "these"}


def _same_instance(wanted: set[str], found: set[str]) -> bool:
    """Whether a sentence about instance(s) `found` can speak of the item's instance `wanted`.

    An item about no particular instance, or the first one, accepts sentences that name none;
    an item about a second (or later) one needs a sentence that names it.
    """
    if not found:
        return wanted <= {"1"}
    if not wanted:
        return "1" in found
    later = {o for o in found if o not in ("1", "later")}
    return (
        bool(wanted & found)
        or ("later" in wanted and bool(later))
        or ("later" in found and bool(wanted - {"1"}))
    )


def instances_named(text: str) -> set[str]:
    """Which instances of a thing a text is about: {"1"} for "the first fab", {"2"} for
    "Phase 2" or "第二工廠", {"later"} for "another plant"; empty when it names none."""
    return _ordinals(text)


def _ordinals(text: str) -> set[str]:
    found = set()
    for match in _ORDINAL.finditer(text):
        word = next(g for g in match.groups() if g).lower()
        found.add(_ORDINAL_WORDS.get(word) or _CJK_NUMBERS.get(word) or word)
    return found


def _topic_stems(text: str) -> set[str]:
    """Crude stems of a text's topic words, leaving out the actors (they are everywhere)."""
    return {_stem(w) for w in content_words(text) if w not in _actor_words()} - {""}


def _stem(word: str) -> str:
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


@cache
def _actor_words() -> frozenset[str]:
    """Gazetteer names of one word ("Taiwan", "Paraguayan", "TSMC"), and every word of a
    country's longer names ("Cabo Verde", "Costa Rica"), lower case: a briefing's sentences on
    another matter between the same countries share them."""
    return frozenset(
        word
        for entry in gazetteer()
        for name in entry.names
        if len(words := content_words(name)) == 1 or entry.type == "country"
        for word in words
    )
