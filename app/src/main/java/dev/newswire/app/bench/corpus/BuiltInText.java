package dev.newswire.app.bench.corpus;

import java.util.List;

/**
 * Newswire-style paragraphs and headlines written for the bench corpus, so that it has variety
 * even where the project's samples and dev set are absent or small. Names in them come from the
 * {@link NameShuffler} pools, so every article gets its own cast.
 */
final class BuiltInText {

  private BuiltInText() {}

  static final List<String> HEADLINES = List.of(
      "European Central Bank Keeps Rates on Hold as Growth Slows",
      "Airbus Wins Record Order From Asian Carrier",
      "Christine Lagarde Warns of Risks From Energy Prices",
      "Floods Force Thousands From Their Homes in Northern Italy",
      "Toyota Recalls Hybrid Cars Over Brake Fault",
      "United Nations Calls for Ceasefire as Talks Stall in Geneva",
      "NASA Delays Launch of Lunar Lander to Next Year",
      "Siemens Shares Jump After Profit Beats Forecasts",
      "Striking Rail Workers Bring Berlin to a Standstill",
      "World Health Organization Declares End of Cholera Outbreak",
      "Deutsche Bank to Cut Jobs in Investment Banking Unit",
      "Election Count Begins as Polls Close Across Spain",
      "Meridian Energy Bids for Offshore Wind Farm Licence",
      "Tokyo Stocks Close Higher on Export Hopes",
      "International Monetary Fund Raises Global Growth Outlook");

  static final List<String> PARAGRAPHS = List.of(
      "The European Central Bank kept its main interest rate unchanged on Thursday, saying that inflation in the euro"
          + " area was easing more slowly than expected. Christine Lagarde told reporters in Frankfurt that the"
          + " governing council was not yet discussing cuts and would look at the data meeting by meeting.",
      "Economists at Deutsche Bank said the decision had been widely expected. Markets in London and New York were"
          + " little changed after the announcement, while the euro slipped against the dollar in afternoon trading.",
      "Joachim Nagel, the head of the Bundesbank, said wage growth in Germany remained strong and that energy prices"
          + " could push inflation higher again over the winter. He urged governments to keep their budgets in check.",
      "Airbus said on Tuesday it had signed an order for 150 single-aisle jets with a carrier based in Singapore,"
          + " the largest order in the company's history. Deliveries are due to start in 2028 from its plants in"
          + " Toulouse and Hamburg, the planemaker said in a statement.",
      "Analysts said the deal would strengthen the position of Airbus against Boeing in Asia, where air traffic is"
          + " growing faster than anywhere else. Shares in Airbus rose 3 percent in Paris, while the wider market"
          + " was flat.",
      "Heavy rain caused rivers to burst their banks across northern Italy over the weekend, forcing more than"
          + " 12,000 people from their homes. Civil protection officials in Rome said at least four people had died"
          + " and that dozens of villages were cut off.",
      "Prime Minister Laura Bianchi visited the worst-hit areas on Monday and promised emergency funds for farmers"
          + " and small businesses. The European Commission in Brussels said it was ready to help if Italy asked"
          + " for assistance.",
      "Toyota said it would recall about 480,000 hybrid vehicles sold in Japan, Canada and Australia because of a"
          + " fault that could cause the brakes to lose power. The company said it knew of no accidents linked to the"
          + " problem and that dealers would replace the part free of charge.",
      "Hiroshi Tanaka, a spokesman for Toyota, said engineers in Tokyo had traced the fault to a software error in"
          + " the braking control unit. The recall is the third this year for the carmaker, which sold more than ten"
          + " million vehicles last year.",
      "The United Nations called on both sides to agree to an immediate ceasefire after a second round of talks in"
          + " Geneva ended without a deal. Envoy Daniel Okafor said the delegations had agreed to meet again next"
          + " month but remained far apart on the question of borders.",
      "Aid agencies said more than two million people needed food assistance and that convoys had been blocked for"
          + " weeks. The World Health Organization warned of outbreaks of disease in crowded camps near the border"
          + " with Kenya.",
      "NASA said on Wednesday that the launch of its robotic lunar lander would slip to next year because of problems"
          + " with the spacecraft's landing radar. The agency had planned to send the lander to the south pole of the"
          + " Moon in November on a rocket built by SpaceX.",
      "Elena Petrova, who leads the mission at the Jet Propulsion Laboratory in California, said the team would use"
          + " the extra time to test the radar in the desert. She said the delay would not affect plans to land"
          + " astronauts on the Moon later in the decade.",
      "Siemens reported a 14 percent rise in quarterly profit, helped by strong demand for factory automation and"
          + " equipment for electricity grids. Chief executive Thomas Becker said orders from India and the United"
          + " States had more than made up for weaker business in China.",
      "Shares in Siemens rose 6 percent in Frankfurt, their biggest one-day gain in more than a year. Analysts at"
          + " Halvorsen Capital raised their price target and said the company was well placed to benefit from"
          + " spending on renewable energy.",
      "Train drivers in Germany walked out on Friday in a dispute over pay and working hours, halting most long"
          + " distance and regional services. Commuters in Berlin and Munich crowded onto buses, and motorists faced"
          + " long queues on roads into the cities.",
      "The union said the strike would last 48 hours and warned of further action if the rail operator did not"
          + " improve its offer. Transport Minister Anna Kowalski called on both sides to return to the negotiating"
          + " table and said the strikes were hurting the economy.",
      "The World Health Organization declared the end of a cholera outbreak that had infected more than 9,000 people"
          + " in Kenya since the spring. Samuel Adeyemi, the organisation's regional director in Nairobi, praised"
          + " health workers who had vaccinated nearly a million people.",
      "Deutsche Bank plans to cut about 3,500 jobs in its investment banking unit over the next two years, people"
          + " familiar with the matter said. The bank declined to comment, but chief executive James Whitfield told"
          + " investors in London last month that costs had to come down.",
      "Polls closed across Spain on Sunday evening in an election that surveys suggested would leave no party with a"
          + " majority. Carlos Ortega, the leader of the opposition, said in Madrid that he expected to form a"
          + " government within weeks, while the prime minister conceded nothing.",
      "Turnout was higher than at the last election, officials said, especially in Catalonia and the Basque Country."
          + " Early results were expected before midnight, and a final count by Monday morning.",
      "Meridian Energy said it had bid for a licence to build a 1.2 gigawatt wind farm off the coast of Scotland, in"
          + " a consortium with Nordic Shipping Group. Sofia Lindqvist, who runs the company's offshore business, said"
          + " the project could power a million homes.",
      "Stocks in Tokyo closed higher on Thursday as exporters gained on hopes that a weaker yen would lift profits."
          + " The Nikkei average rose 1.4 percent, led by carmakers and electronics companies, while bank shares fell"
          + " after a rise in bond yields.",
      "Yuki Sato, a strategist at a brokerage in Tokyo, said investors were waiting for the Bank of Japan to signal"
          + " its next move. Trading was thin ahead of a holiday in the United States.",
      "The International Monetary Fund raised its forecast for global growth this year to 3.2 percent, citing strong"
          + " consumer spending in the United States and a rebound in India. Its chief economist, Rahul Mehta, said"
          + " risks were still tilted to the downside.",
      "Speaking at a news conference in Washington, Mehta said high interest rates and the war in Ukraine weighed on"
          + " Europe, where growth in Germany and Italy was expected to be weak. He urged central banks not to cut"
          + " rates too soon.",
      "Lucas Moreau, the French finance minister, told reporters in Paris that the government would stick to its"
          + " plan to bring the deficit below 3 percent of output by 2027. He said spending cuts, not tax rises, would"
          + " do most of the work.",
      "Amara Nwosu, an economist at the African Development Bank in Abidjan, said rising food prices were hurting"
          + " households across the region. She said governments in Nigeria and Ghana should protect the poorest"
          + " families from the cost of imported wheat.",
      "Police in Toronto said they had arrested three men in connection with the theft of gold worth about 20"
          + " million dollars from a cargo warehouse at Pearson airport. Maria Keller, a police spokeswoman, said more"
          + " arrests were expected.",
      "The Australian government said it would spend 2 billion dollars on new submarines over the next decade, as"
          + " part of its security pact with Britain and the United States. Defence officials in Sydney said the"
          + " first boats would be built in Adelaide.");
}
