package dev.newswire.ingest;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Two MockProducers with the real serdes (so every record must encode) and a publisher over them. */
public final class MockKafka {

  public static final ArticleSerdes SERDES = ArticleSerdes.create();

  public final MockProducer<String, NewsArticle> articles;
  public final MockProducer<String, DeadLetter> deadLetters;
  final Topics topics = Topics.of(TopicNames.defaults(), SERDES);
  public final ArticlePublisher publisher;

  public MockKafka(boolean autoComplete) {
    this(new MockProducer<>(autoComplete, null, new StringSerializer(), SERDES.newsArticle()));
  }

  MockKafka(MockProducer<String, NewsArticle> articles) {
    this.articles = articles;
    this.deadLetters = new MockProducer<>(true, null, new StringSerializer(), SERDES.deadLetter());
    this.publisher = new ArticlePublisher(articles, deadLetters, topics);
  }
}
