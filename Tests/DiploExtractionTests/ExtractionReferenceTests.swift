import Testing
import DiploModel
import DiploExtraction

/// Who a description stands for, and which day a sentence's dates give its events: the rules read from
/// one held-out corpus's errors (sentences of our own, in both languages).
@Suite struct ExtractionReferenceTests {
    typealias F = Fixture

    @Test func theHostsOwnOfficialsDoNotMakeASummit() throws {
        // Someone Knowledge lacks, with a title of no country, is the host's official, not a third state.
        let fr = try F.extract("Emmanuel Macron a été reçu lundi au palais de Baabda par le président Michel Aoun, en présence du Premier ministre Karim Haddadine.",
                               published: "2019-05-14")
        #expect(fr.events(.meeting).count == 1 && fr.events(.summit).isEmpty, "\(fr.dump)")
        let en = try F.extract("Emmanuel Macron was received on Monday by President Michel Aoun at Baabda Palace, in the presence of Prime Minister Karim Haddadine.",
                               published: "2019-05-14", language: "en")
        #expect(en.events(.meeting).count == 1 && en.events(.summit).isEmpty, "\(en.dump)")
        // Three known states' leaders still meet at a summit.
        let three = try F.extract("Vladimir Poutine a reçu lundi à Sotchi Recep Tayyip Erdogan et Hassan Rohani.", published: "2019-05-14")
        #expect(three.events(.summit).count == 1, "\(three.dump)")
    }

    @Test func theHeadOfAnOrganisationIsItsOfficeHolder() throws {
        let guterres = try F.actorID(named: "António Guterres")
        for (text, language) in [("Vladimir Poutine a reçu jeudi à Moscou le chef de l'ONU.", "fr"),
                                 ("Vladimir Putin met the UN chief in Moscow on Thursday.", "en"),
                                 ("Vladimir Putin met UN chief Antonio Guterres in Moscow on Thursday.", "en")] {
            let r = try F.extract(text, published: "2022-04-29", language: language)
            #expect(r.events(.meeting).count == 1 && r.events(.meeting).first?.participantIDs == [F.putin, guterres], "\(text)\n\(r.dump)")
        }
        // The organisation's spokesperson (an office of its own) speaks for its chief; he is not a second chief.
        let spokesman = try F.actorID(named: "Stéphane Dujarric")
        let both = try F.extract("Le porte-parole de l'ONU a indiqué que le chef de l'ONU avait rencontré jeudi à Moscou Vladimir Poutine.", published: "2022-04-29")
        #expect(both.events(.meeting).first?.participantIDs == [F.putin, guterres], "\(both.dump)")
        #expect(both.events(.meeting).allSatisfy { !$0.participantIDs.contains(spokesman) }, "\(both.dump)")
        // A movement of one state is no international body: its chief is not that state's president.
        let hamas = try F.extract("Vladimir Poutine a reçu jeudi à Moscou le chef du Hamas.", published: "2022-04-29")
        let abbas = try F.actorID(named: "Mahmoud Abbas")
        #expect(hamas.events.allSatisfy { !$0.participantIDs.contains(abbas) }, "\(hamas.dump)")
    }

    @Test func aDatelineDayGivesWayToTheSentencesOwnDay() throws {
        let en = try F.extract("PARIS, March 9 (Reuters) - French President Emmanuel Macron spoke twice by phone with Russian President Vladimir Putin on Sunday, the Elysee said.",
                               published: "2020-03-09", language: "en")
        #expect(en.events(.call).count == 1 && en.events(.call).first?.date.isoString == "2020-03-08", "\(en.dump)")
        // With no other day, the dateline's still dates the news.
        let only = try F.extract("MOSCOW, March 9 (Reuters) - Russian President Vladimir Putin spoke by phone with Turkish President Tayyip Erdogan, the Kremlin said.",
                                 published: "2020-03-09", language: "en")
        #expect(only.events(.call).first?.date.isoString == "2020-03-09", "\(only.dump)")
    }

    @Test func aWireDatelineInCapitalsNamesNoPartyEvenWhenItsTownIsUnknown() throws {
        let poroshenko = try F.actorID(named: "Petro Poroshenko")
        let r = try F.extract("OUISTREHAM, France (Reuters) - Russian President Vladimir Putin and Ukraine's president-elect Petro Poroshenko met on Friday for the first time, the Kremlin said.",
                              published: "2014-06-07", language: "en")
        let m = try #require(r.events.first { $0.type == .meeting || $0.type == .summit }, "\(r.dump)")
        #expect(m.type == .meeting && m.participantIDs == [F.putin, poroshenko], "\(r.dump)")
        let fr = try F.extract("OUISTREHAM, France (AFP) - Le président russe Vladimir Poutine et le président élu ukrainien Petro Porochenko se sont rencontrés vendredi.",
                               published: "2014-06-07")
        #expect(fr.events.first { $0.type == .meeting || $0.type == .summit }?.participantIDs == [F.putin, poroshenko], "\(fr.dump)")
    }

    @Test func whenTheyMeetIsStillToCome() throws {
        try F.expect([("The agenda will be prepared by Antony Blinken and Sergei Lavrov when they meet on Thursday.", "en")],
                     published: "2022-02-21")
    }

    @Test func theDayBeforeTheDayLastNamed() throws {
        // No event before it: "la veille" is the day before the day the text last named.
        let fr = try F.extract("Le comité a ouvert mercredi ses travaux à Genève. La veille, Sergueï Lavrov et Mevlüt Çavuşoğlu s'étaient réunis à Genève.",
                               published: "2019-10-30")
        #expect(fr.events(.meeting).first?.date.isoString == "2019-10-29", "\(fr.dump)")
        let en = try F.extract("The committee opened its work in Geneva on Wednesday. The day before, Sergei Lavrov and Mevlut Cavusoglu had met in Geneva.",
                               published: "2019-10-30", language: "en")
        #expect(en.events(.meeting).first?.date.isoString == "2019-10-29", "\(en.dump)")
    }

    @Test func aPronounAfterATitleIsItsHolder() throws {
        let cameron = try F.actorID(named: "David Cameron")
        let fr = try F.extract("Samedi, le chef de l'Etat russe s'était longuement entretenu avec Angela Merkel à Brisbane. Il avait également rencontré David Cameron.",
                               published: "2014-11-16")
        #expect(fr.events(.meeting).contains { $0.participantIDs == [F.putin, cameron] }, "\(fr.dump)")
        let en = try F.extract("On Saturday the Russian president held long talks with Angela Merkel in Brisbane. He also met David Cameron.",
                               published: "2014-11-16", language: "en")
        #expect(en.events(.meeting).contains { $0.participantIDs == [F.putin, cameron] }, "\(en.dump)")
    }

    @Test func aDayInsideAQuotationDatesOnlyWhatIsQuoted() throws {
        let fr = try F.extract("« Lundi je dois aller travailler », a expliqué Vladimir Poutine, ajoutant qu'il avait tout accompli au sommet du G20 de Brisbane.",
                               published: "2014-11-16")
        #expect(!fr.events.contains { $0.date.isoString == "2014-11-10" }, "\(fr.dump)")
        let en = try F.extract("\"On Monday I have to go to work,\" Vladimir Putin said, adding that he had done everything he wanted at the G20 summit in Brisbane.",
                               published: "2014-11-16", language: "en")
        #expect(!en.events.contains { $0.date.isoString == "2014-11-10" }, "\(en.dump)")
        // The speaker's own "today" still dates the statement.
        let today = try F.extract("« Aujourd'hui, nous nous rencontrons comme égaux », a déclaré Jens Stoltenberg.", published: "2023-07-12")
        #expect(today.events(.statement).first?.date.isoString == "2023-07-12", "\(today.dump)")
    }

    @Test func aStatementNeedsItsSpeaker() throws {
        // A place is no speaker: "a-t-il indiqué" with nobody named makes no statement.
        try F.expect([("« Les pourparlers tenus à Moscou ont été utiles », a-t-il indiqué.", "fr"),
                      ("\"The talks held in Moscow were useful,\" he said.", "en")], published: "2020-10-12", type: .statement, count: 0)
        // The speaker after the verb, past its date: "a déclaré mercredi X".
        let fr = try F.extract("« Les alliés sont unis », a déclaré mercredi Jens Stoltenberg.", published: "2023-07-13")
        let stoltenberg = try F.actorID(named: "Jens Stoltenberg")
        #expect(fr.events(.statement).first?.participantIDs == [stoltenberg] && fr.events(.statement).first?.date.isoString == "2023-07-12", "\(fr.dump)")
    }

    @Test func aStatementIsMadeOnAKnownDay() throws {
        // A month is background, not the news of a day.
        try F.expect([("Donald Trump avait affirmé en septembre qu'il mettrait fin à la guerre en vingt-quatre heures.", "fr"),
                      ("Donald Trump had said in September that he would end the war within 24 hours.", "en")],
                     published: "2025-01-20", type: .statement, count: 0)
    }

    @Test func aDayInAnAsideAboutSomeoneIsTheAsides() throws {
        let en = try F.extract("Donald Trump, who is due in Saudi Arabia on Tuesday, has warned Iran against stalling.\n\nJens Stoltenberg, whose term had been due to end on Monday, met Volodymyr Zelensky.",
                               published: "2025-05-11", language: "en")
        #expect(!en.events.contains { $0.date.isoString == "2025-05-06" || $0.date.isoString == "2025-05-05" }, "\(en.dump)")
        let fr = try F.extract("Donald Trump, qui est attendu mardi en Arabie saoudite, a mis en garde l'Iran.", published: "2025-05-11")
        #expect(!fr.events.contains { $0.date.isoString == "2025-05-06" }, "\(fr.dump)")
        // An aside about an event still dates it.
        let talks = try F.extract("Vladimir Poutine a informé Emmanuel Macron des négociations entre délégations russe et ukrainienne, qui se tenaient jeudi au Bélarus.",
                                  published: "2022-03-05")
        #expect(talks.events(.meeting).contains { $0.date.isoString == "2022-03-03" }, "\(talks.dump)")
    }

    @Test func theNumberOneOfAStateIsItsLeader() throws {
        let xi = try F.actorID(named: "Xi Jinping")
        let r = try F.extract("Emmanuel Macron a rencontré lundi soir le numéro un chinois à Rio de Janeiro.", published: "2024-11-19")
        #expect(r.events(.meeting).first?.participantIDs == [F.macron, xi], "\(r.dump)")
    }

    @Test func leadersOfAnOrganisationAdoptingATextAgree() throws {
        let g20 = try #require(try F.knowledge().actors.values.first { $0.name == "G20" }?.id)
        let fr = try F.extract("Les dirigeants du G20 ont adopté dimanche un communiqué final centré sur la croissance.", published: "2014-11-17")
        #expect(fr.events(.agreement).first?.participantIDs.contains(g20) == true && fr.events(.agreement).first?.date.isoString == "2014-11-16", "\(fr.dump)")
        // One leader adopting a tone agrees with nobody.
        try F.expect([("Le dirigeant chinois a adopté dimanche un ton conciliant.", "fr")], published: "2014-11-17", type: .agreement, count: 0)
    }

    @Test func theHeadlinesGatheringAndTheLeadsAreOneEvent() throws {
        let r = try F.extract("""
            EU's Michel hosts Azerbaijan, Armenia leaders for Brussels talks

            BRUSSELS, May 15 (Reuters) - Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan held talks in Brussels on Sunday hosted by European Council President Charles Michel, the latest effort to reach a peace deal.

            Michel said after the meeting that the two leaders had discussed border delimitation.
            """, published: "2023-05-15", language: "en", title: "EU's Michel hosts Azerbaijan, Armenia leaders for Brussels talks")
        let gatherings = r.events.filter { $0.type == .summit || $0.type == .meeting }
        #expect(gatherings.count == 1, "\(r.dump)")
    }

    @Test func talksInWhichTheyMetAreTheMeeting() throws {
        let zelensky = try F.actorID(named: "Volodymyr Zelensky"), trump = try F.actorID(named: "Donald Trump")
        let r = try F.extract("Donald Trump met Volodymyr Zelensky in Paris on Saturday in three-way talks hosted by Emmanuel Macron.",
                              published: "2024-12-08", language: "en")
        #expect(r.events.count == 1 && r.events.first?.participantIDs == [trump, zelensky, F.macron], "\(r.dump)")
    }

    @Test func talksWithoutALeaderAreNoSummit() throws {
        // A minister and an envoy, with the mediating state: talks, not a summit of leaders.
        let en = try F.extract("Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held a fourth round of talks in Muscat on Sunday, with Oman mediating.",
                               published: "2025-05-12", language: "en")
        #expect(en.events(.summit).isEmpty && en.events(.meeting).count == 1, "\(en.dump)")
        let fr = try F.extract("Le ministre iranien des Affaires étrangères Abbas Araghchi et l'émissaire américain Steve Witkoff ont tenu dimanche à Mascate des pourparlers, avec la médiation d'Oman.",
                               published: "2025-05-12")
        #expect(fr.events(.summit).isEmpty && fr.events(.meeting).count == 1, "\(fr.dump)")
    }

    @Test func thoseNamedInAnAimAreNotParties() throws {
        let iran = "IR", us = "US"
        for (text, language) in [("Emmanuel Macron a rencontré Hassan Rohani lundi soir, en marge de l'Assemblée générale des Nations unies, dans l'espoir de relancer le dialogue entre Téhéran et Washington.", "fr"),
                                 ("Emmanuel Macron met Hassan Rouhani on Monday evening on the sidelines of the UN General Assembly, in the hope of reviving dialogue between Tehran and Washington.", "en")] {
            let r = try F.extract(text, published: "2019-09-24", language: language)
            #expect(!r.events.contains { e in e.participants.contains { $0.kind == .state && ($0.country == iran || $0.country == us) } }, "\(text)\n\(r.dump)")
        }
    }

    @Test func daysAfterAnEventCountFromIt() throws {
        let sullivan = try F.actorID(named: "Jake Sullivan")
        let en = try F.extract("Joe Biden spoke with Xi Jinping by video on Friday. The call came four days after Yang Jiechi met Jake Sullivan in Rome.",
                               published: "2022-03-19", language: "en")
        #expect(en.events.first { $0.participantIDs.contains(sullivan) }?.date.isoString == "2022-03-14", "\(en.dump)")
        let fr = try F.extract("Joe Biden s'est entretenu vendredi avec Xi Jinping par visioconférence, quatre jours après une rencontre entre Yang Jiechi et Jake Sullivan à Rome.",
                               published: "2022-03-19")
        #expect(fr.events.first { $0.participantIDs.contains(sullivan) }?.date.isoString == "2022-03-14", "\(fr.dump)")
        // Such a phrase after the event's own day is no second date of it.
        let own = try F.extract("Viktor Orban a été reçu vendredi au Kremlin par Vladimir Poutine, quatre jours après le début de la présidence hongroise du Conseil de l'UE.",
                                published: "2024-07-06")
        #expect(own.events.count == 1 && own.events.first?.date.isoString == "2024-07-05", "\(own.dump)")
    }

    @Test func hoursLaterIsTheSameDay() throws {
        let fr = try F.extract("Olaf Scholz s'est entretenu vendredi au téléphone avec Vladimir Poutine. Quelques heures plus tard, Volodymyr Zelensky a dénoncé une erreur.",
                               published: "2024-11-17")
        let zelensky = try F.actorID(named: "Volodymyr Zelensky")
        #expect(fr.events(.statement).first { $0.participantIDs.contains(zelensky) }?.date.isoString == "2024-11-15", "\(fr.dump)")
    }

    @Test func unnamedOfficialsMakeNoStatement() throws {
        try F.expect([("US officials said on Friday that Washington would back a joint effort.", "en"),
                      ("Des diplomates européens ont indiqué vendredi que Bruxelles soutiendrait l'initiative.", "fr")],
                     published: "2023-05-20", type: .statement, count: 0)
        // A named speaker still makes one.
        try F.expect([("Antony Blinken said on Friday that Washington would back a joint effort.", "en")], published: "2023-05-20", type: .statement, count: 1)
    }

    @Test func receivingAThingIsNoMeeting() throws {
        try F.expect([("A spokesman said on Tuesday that Antonio Guterres had received the letter from Fayez al-Sarraj.", "en"),
                      ("Yuri Ushakov said the Russian side had received corresponding signals from the US president.", "en"),
                      ("Vladimir Poutine a reçu mardi une lettre de Recep Tayyip Erdogan.", "fr")],
                     published: "2020-03-04", type: .meeting, count: 0)
        // Receiving someone, by day, with honours or as a passive, is a meeting.
        try F.expect([("Vladimir Putin received the Turkish president in the Kremlin on Tuesday.", "en"),
                      ("Lula a reçu lundi avec les honneurs son homologue vénézuélien Nicolas Maduro.", "fr"),
                      ("Emmanuel Macron a été reçu ce mardi à Kiev par le président ukrainien Volodymyr Zelensky.", "fr"),
                      ("Emmanuel Macron avait reçu le 8 mai le chef du GNA, Fayez al-Sarraj.", "fr")],
                     published: "2020-03-04", type: .meeting, count: 1)
    }

    @Test func aCapitalSpokenOfIsNoParty() throws {
        let r = try F.extract("Vladimir Putin and Recep Tayyip Erdogan held talks in Ankara on Monday evening on Syria and the situation around Jerusalem.",
                              published: "2017-12-12", language: "en")
        #expect(r.events(.meeting).count == 1 && r.events(.meeting).first?.participantIDs == [F.putin, F.erdogan], "\(r.dump)")
    }

    @Test func whatComesAfterBeforeIsTheNextStep() throws {
        let netanyahu = try F.actorID(named: "Benjamin Netanyahu")
        let r = try F.extract("Le président français a rencontré mardi à Jérusalem le Premier ministre israélien Benjamin Netanyahou avant de se rendre à Ramallah auprès de Mahmoud Abbas.",
                              published: "2023-10-25")
        #expect(r.events(.summit).isEmpty && r.events(.meeting).first?.participantIDs == [F.macron, netanyahu], "\(r.dump)")
        // The step after "avant de" is still an event of its own.
        let next = try F.extract("Emmanuel Macron a arpenté jeudi le quartier sinistré avant de s'entretenir avec Michel Aoun.", published: "2020-08-07")
        #expect(next.events(.meeting).count == 1, "\(next.dump)")
    }

    @Test func anAddressIsAStatement() throws {
        try F.expect([("Vladimir Putin addressed the nation on Saturday in a televised speech.", "en"),
                      ("Ce mercredi, Emmanuel Macron s'est adressé au Congrès réuni en session conjointe.", "fr")],
                     published: "2023-06-25", type: .statement, count: 1)
    }

    @Test func negationsWithAnAdverbOrAnAgenda() throws {
        try F.expect([("Le chef de l'État turc n'a en revanche pas eu d'entretien avec Volodymyr Zelensky ce week-end.", "fr"),
                      ("Iran's foreign ministry said it would not take part in talks with the United States in Muscat on Sunday.", "en"),
                      ("Dmitry Peskov said a Putin-Trump meeting was not yet on the agenda.", "en")],
                     published: "2023-06-25")
    }

    @Test func onTheSidelinesOneLeaderMeetsEachInTurn() throws {
        let johnson = try F.actorID(named: "Boris Johnson")
        let en = try F.extract("Erdogan also held talks with French President Emmanuel Macron and British Prime Minister Boris Johnson on the sidelines of the summit on Monday.",
                               published: "2021-06-15", language: "en")
        #expect(en.events(.meeting).count == 2 && en.events(.meeting).allSatisfy { $0.participantIDs.count == 2 && $0.participantIDs.contains(F.erdogan) }
                && en.events(.meeting).contains { $0.participantIDs.contains(johnson) } && en.events(.summit).isEmpty, "\(en.dump)")
    }

    @Test func theHostIsTheLeaderOfTheHostState() throws {
        let pashinyan = try F.actorID(named: "Nikol Pashinyan")
        let fr = try F.extract("En marge du sommet, le président russe s'est entretenu mercredi avec son hôte arménien.", published: "2022-11-24")
        #expect(fr.events(.meeting).first?.participantIDs == [F.putin, pashinyan], "\(fr.dump)")
        // "hôte du sommet" is no title.
        let abbott = try F.extract("Le Premier ministre australien Tony Abbott, hôte du sommet, avait promis de bousculer le président russe.", published: "2014-11-16")
        #expect(abbott.events.isEmpty, "\(abbott.dump)")
    }

    @Test func aListOfParticipantsJoinsTheGathering() throws {
        let lula = try F.actorID(named: "Luiz Inácio Lula da Silva")
        let fr = try F.extract("Emmanuel Macron a ouvert jeudi à Paris un sommet de deux jours réunissant une quarantaine de chefs d'Etat. Parmi les participants figurent le président brésilien Luiz Inacio Lula da Silva et le chancelier allemand Olaf Scholz.",
                               published: "2023-06-23")
        #expect(fr.events(.summit).count == 1 && fr.events(.summit).first?.participantIDs.contains(lula) == true, "\(fr.dump)")
        let en = try F.extract("Emmanuel Macron opened a two-day summit in Paris on Thursday. Among the participants were Brazilian President Luiz Inacio Lula da Silva and German Chancellor Olaf Scholz.",
                               published: "2023-06-23", language: "en")
        #expect(en.events(.summit).count == 1 && en.events(.summit).first?.participantIDs.contains(lula) == true, "\(en.dump)")
        // Without the gathering just before, a list joins nothing.
        let alone = try F.extract("Parmi les participants figurent le président brésilien Luiz Inacio Lula da Silva.", published: "2023-06-23")
        #expect(alone.events.isEmpty, "\(alone.dump)")
    }

    @Test func whoMadeTheTripAttendedTheGathering() throws {
        let merz = try F.actorID(named: "Friedrich Merz")
        let fr = try F.extract("Les dirigeants du G20 se sont réunis samedi à Johannesburg pour leur sommet annuel. Le président français Emmanuel Macron et le chancelier allemand Friedrich Merz ont fait le déplacement.",
                               published: "2025-11-22")
        #expect(fr.events(.summit).count == 1 && fr.events(.summit).first?.participantIDs.contains(merz) == true, "\(fr.dump)")
        let en = try F.extract("G20 leaders gathered for a summit in Johannesburg on Saturday. French President Emmanuel Macron and German Chancellor Friedrich Merz made the trip.",
                               published: "2025-11-22", language: "en")
        #expect(en.events(.summit).count == 1 && en.events(.summit).first?.participantIDs.contains(merz) == true, "\(en.dump)")
    }

    @Test func leadersSingledOutOfACrowdAttendedTheSummit() throws {
        let sisi = try F.actorID(named: "Abdel Fattah el-Sisi")
        let fr = try F.extract("Le sommet de l'Union africaine s'est ouvert dimanche à Addis-Abeba sous la présidence de Macky Sall. La réunion a rassemblé une trentaine de chefs d'Etat, dont le président égyptien Abdel Fattah al-Sissi et le président turc Recep Tayyip Erdogan.",
                               published: "2022-02-07")
        #expect(fr.events(.summit).count == 1 && fr.events(.summit).first?.participantIDs.isSuperset(of: [sisi, F.erdogan]) == true, "\(fr.dump)")
        let en = try F.extract("The African Union summit opened in Addis Ababa on Sunday under the chairmanship of Macky Sall. The meeting brought together some thirty heads of state, including Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan.",
                               published: "2022-02-07", language: "en")
        #expect(en.events(.summit).count == 1 && en.events(.summit).first?.participantIDs.isSuperset(of: [sisi, F.erdogan]) == true, "\(en.dump)")
        // People singled out of something else than a crowd of leaders are not said to attend.
        let other = try F.extract("The African Union summit opened in Addis Ababa on Sunday under the chairmanship of Macky Sall. Several countries, including Egypt, voiced concerns about a plan of Turkish President Recep Tayyip Erdogan.",
                                  published: "2022-02-07", language: "en")
        #expect(other.events(.summit).first?.participantIDs.contains(F.erdogan) == false, "\(other.dump)")
    }

    @Test func theSignersOfAnAgreementJustReportedJoinIt() throws {
        let lavrov = try F.actorID(named: "Sergey Lavrov")
        let fr = try F.extract("Le Kazakhstan a signé mercredi à Astana un protocole de coopération avec l'Organisation du traité de sécurité collective. Le protocole a été signé par le ministre russe des Affaires étrangères Sergueï Lavrov et le secrétaire général de l'organisation.",
                               published: "2021-03-12")
        #expect(fr.events(.agreement).count == 1 && fr.events(.agreement).first?.participantIDs.contains(lavrov) == true, "\(fr.dump)")
        let en = try F.extract("Kazakhstan signed a cooperation protocol with the Collective Security Treaty Organization in Astana on Wednesday. Russian Foreign Minister Sergei Lavrov signed the protocol for the organisation.",
                               published: "2021-03-12", language: "en")
        #expect(en.events(.agreement).count == 1 && en.events(.agreement).first?.participantIDs.contains(lavrov) == true, "\(en.dump)")
        // Someone who only thanks another for its part in the signing did not sign.
        let thanks = try F.extract("Kazakhstan signed a cooperation protocol with the Collective Security Treaty Organization in Astana on Wednesday. Sergei Lavrov thanked Kazakhstan for its persistence in signing the protocol.",
                                   published: "2021-03-12", language: "en")
        #expect(thanks.events(.agreement).first?.participantIDs.contains(lavrov) == false, "\(thanks.dump)")
    }

    @Test func aCouncilOfHeadsOfStateIsASummit() throws {
        let fr = try F.extract("Vendredi, Vladimir Poutine a participé à Douchanbé à la réunion du Conseil des chefs d'État de la CEI, présidée par le président tadjik Emomali Rakhmon.",
                               published: "2025-10-10")
        #expect(fr.events(.summit).count == 1 && fr.events(.meeting).isEmpty, "\(fr.dump)")
    }

    @Test func aFrontedVisitLeavesTheSubjectAfterItsComma() throws {
        let sisi = try F.actorID(named: "Abdel Fattah el-Sisi")
        let fr = try F.extract("En visite d'État en Égypte, Emmanuel Macron s'est entretenu lundi avec le président Abdel Fattah al-Sissi au palais présidentiel.",
                               published: "2025-04-07")
        #expect(fr.events(.meeting).count == 1 && fr.events(.meeting).first?.participantIDs == [F.macron, sisi], "\(fr.dump)")
        let en = try F.extract("On a state visit to Egypt, Emmanuel Macron held talks with President Abdel Fattah el-Sisi at the presidential palace on Monday.",
                               published: "2025-04-07", language: "en")
        #expect(en.events(.meeting).count == 1 && en.events(.meeting).first?.participantIDs == [F.macron, sisi], "\(en.dump)")
        // An event noun that is the sentence's own subject is no fronted adjunct.
        let subject = try F.extract("La rencontre avait été préparée par une série de visites, dont celle d'Antony Blinken, reçu par Xi Jinping en juin.",
                                    published: "2023-11-16")
        #expect(subject.events(.meeting).allSatisfy { $0.participantIDs.count == 2 }, "\(subject.dump)")
    }

    @Test func theyAreThePeopleOfTheEventJustReported() throws {
        let trump = try F.actorID(named: "Donald Trump")
        let fr = try F.extract("Emmanuel Macron a participé lundi au Caire à un sommet tripartite avec Abdel Fattah al-Sissi et le roi Abdallah II de Jordanie. Dans la foulée, ils se sont entretenus ensemble par téléphone avec le président américain Donald Trump.",
                               published: "2025-04-07")
        #expect(fr.events(.call).count == 1 && fr.events(.call).first.map { $0.participantIDs.count == 4 && $0.involves(F.macron, trump) } == true, "\(fr.dump)")
        let en = try F.extract("Emmanuel Macron attended a three-way summit in Cairo with Abdel Fattah el-Sisi and King Abdullah II of Jordan on Monday. Afterwards, they spoke by phone with US President Donald Trump.",
                               published: "2025-04-07", language: "en")
        #expect(en.events(.call).count == 1 && en.events(.call).first.map { $0.participantIDs.count == 4 && $0.involves(F.macron, trump) } == true, "\(en.dump)")
    }

    @Test func aCancelledOrDueEventDidNotHappen() throws {
        try F.expect([("Le ministre israélien des Affaires étrangères, Eli Cohen, a annoncé mardi qu'il annulait l'entretien qu'il devait avoir avec Antonio Guterres.", "fr"),
                      ("Joe Biden had been due to fly on to Amman on Wednesday for a summit with King Abdullah II and Abdel Fattah el-Sisi.", "en")],
                     published: "2023-10-24", type: .meeting)
        try F.expect([("Joe Biden had been due to fly on to Amman on Wednesday for a summit with King Abdullah II and Abdel Fattah el-Sisi.", "en")],
                     published: "2023-10-24", type: .summit)
    }

    @Test func attendeesJoinTheGatheringBeforeItsDeclaration() throws {
        let merz = try F.actorID(named: "Friedrich Merz")
        let fr = try F.extract("Le sommet du G20 s'est ouvert samedi à Johannesburg. Les dirigeants du G20 ont adopté samedi leur déclaration finale. Le chancelier allemand Friedrich Merz et le Premier ministre chinois Li Qiang ont fait le déplacement.",
                               published: "2025-11-22")
        #expect(fr.events(.summit).first?.participantIDs.contains(merz) == true && fr.events(.agreement).first?.participantIDs.contains(merz) == true, "\(fr.dump)")
    }

    @Test func atTheSameTimeIsTheDayOfTheEventJustReported() throws {
        let blinken = try F.actorID(named: "Antony Blinken"), zelensky = try F.actorID(named: "Volodymyr Zelensky")
        for (text, language) in [("Vladimir Poutine a reçu lundi 12 septembre à Moscou Recep Tayyip Erdogan. Au même moment, Antony Blinken était reçu à Kiev par Volodymyr Zelensky.", "fr"),
                                 ("Vladimir Putin received Recep Tayyip Erdogan in Moscow on Monday, September 12. At the same time, Antony Blinken was received in Kyiv by Volodymyr Zelensky.", "en")] {
            let r = try F.extract(text, published: "2022-09-16", language: language)
            let kyiv = r.events(.meeting).first { $0.involves(blinken, zelensky) }
            #expect(kyiv?.date.isoString == "2022-09-12", "\(text)\n\(r.dump)")
        }
    }
    /// "Les discussions interviennent alors que…": a definite talk noun naming nobody and no day is the gathering just
    /// reported, even a summit; the day and the people of the clause after "alors que" are another story's.
    @Test func theTalksThatNameNobodyAreTheGatheringJustReported() throws {
        for (text, language) in [("La Turquie, la Russie et l'Iran ont tenu mardi des pourparlers à Astana. Les discussions interviennent alors qu'Ankara a lancé dimanche une opération aérienne contre des positions du PKK.", "fr"),
                                 ("Turkey, Russia and Iran held talks in Astana on Tuesday. The talks come as Ankara launched an air operation against PKK positions on Sunday.", "en")] {
            let r = try F.extract(text, published: "2022-11-23", language: language)
            #expect(r.events.count == 1 && r.events.first?.date.isoString == "2022-11-22", "\(text)\n\(r.dump)")
        }
    }
    /// "avoir eu « une très bonne conversation téléphonique » avec X": a quoted noun phrase quotes words, not speech,
    /// and the call it names took place; a quotation after "que"/"that" is still what was said.
    @Test func aQuotedNounPhraseNamesTheEventItQuotes() throws {
        let xi = try F.actorID(named: "Xi Jinping")
        for (text, language) in [("Emmanuel Macron a annoncé jeudi avoir eu « une longue conversation téléphonique » avec Xi Jinping.", "fr"),
                                 ("Emmanuel Macron said on Thursday he had had \u{201C}a very long phone call\u{201D} with Xi Jinping.", "en")] {
            let r = try F.extract(text, published: "2022-11-25", language: language)
            #expect(r.events(.call).count == 1 && r.events(.call).first?.involves(F.macron, xi) == true, "\(text)\n\(r.dump)")
        }
        let said = try F.extract("Emmanuel Macron a estimé jeudi que « le sommet avec Xi Jinping est un succès ».", published: "2022-11-25")
        #expect(said.events(.summit).isEmpty && said.events(.meeting).isEmpty, "\(said.dump)")
    }
    /// "met on Wednesday, trying to lay the groundwork for a possible summit": the clause a present participle opens
    /// after a comma is about another event; the meeting stands with its own people and day.
    @Test func aParticipleClauseAfterACommaIsAnotherEvent() throws {
        let blinken = try F.actorID(named: "Antony Blinken")
        let r = try F.extract("Antony Blinken and Sergey Lavrov met for the first time on Wednesday, trying to lay the groundwork for a possible summit between Joe Biden and Vladimir Putin.",
                              published: "2021-05-20", language: "en")
        let meetings = r.events(.meeting)
        #expect(meetings.count == 1 && meetings.first?.date.isoString == "2021-05-19" && meetings.first?.participantIDs.contains(blinken) == true
                && meetings.first?.participantIDs.contains(F.putin) == false, "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
    }
    /// "Xi attended the meeting via video link": a sentence whose own event word names the gathering just reported adds
    /// its people to that gathering — the summit, rather than talks reported on its sidelines since.
    @Test func attendingTheMeetingJustReportedJoinsItsSummit() throws {
        let xi = try F.actorID(named: "Xi Jinping"), modi = try F.actorID(named: "Narendra Modi")
        let text = "The summit of the Shanghai Cooperation Organization was held on Friday in Samarkand. Vladimir Putin held talks with Narendra Modi on the sidelines. Chinese President Xi Jinping attended the meeting via video link."
        let r = try F.extract(text, published: "2022-09-17", language: "en")
        let summit = r.events(.summit)
        #expect(summit.count == 1 && summit.first?.participantIDs.contains(xi) == true, "\(r.dump)")
        #expect(r.events(.meeting).first { $0.involves(F.putin, modi) }?.participantIDs.contains(xi) == false, "\(r.dump)")
    }
    /// "He also spoke with A, B and C": after a phone call, the person the article names most among the sentences
    /// before called each of them — one call per person.
    @Test func aPronounSpeakingWithSeveralLeadersHadACallWithEach() throws {
        let abe = try F.actorID(named: "Shinzo Abe"), merkel = try F.actorID(named: "Angela Merkel"), trump = try F.actorID(named: "Donald Trump")
        let text = "Donald Trump spoke by phone with Vladimir Putin on Saturday. The call with Putin was one of several Trump held with world leaders on Saturday. He also spoke with Japanese Prime Minister Shinzo Abe and German Chancellor Angela Merkel."
        let r = try F.extract(text, published: "2017-01-29", language: "en")
        let calls = r.events(.call)
        #expect(calls.count == 3, "\(r.dump)")
        #expect(calls.contains { $0.participantIDs == [trump, abe] } && calls.contains { $0.participantIDs == [trump, merkel] }, "\(r.dump)")
    }
    /// "Avant Paris, le dirigeant iranien s'était rendu en Italie": a city before or after which something happened is a
    /// stage of the trip, not a party to what happened there.
    @Test func aCityBeforeOrAfterWhichSomethingHappenedIsNoParty() throws {
        let francis = try F.actorID(named: "Pope Francis")
        for (text, language) in [("Avant Paris, le président iranien Hassan Rohani s'était rendu en Italie, où il avait été reçu mardi au Vatican par le pape François.", "fr"),
                                 ("After Rome, Iranian President Hassan Rouhani was received by Pope Francis at the Vatican on Tuesday.", "en")] {
            let r = try F.extract(text, published: "2016-01-28", language: language)
            #expect(r.events(.summit).isEmpty && r.events(.meeting).count == 1 && r.events(.meeting).first?.participantIDs.contains(francis) == true
                    && r.events(.meeting).first?.participants.allSatisfy { $0.kind == .person } == true, "\(text)\n\(r.dump)")
        }
    }
}
