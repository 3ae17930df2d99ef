/** JMH benchmarks of newswire's hot pieces; run with the commands in the README's Performance section. */
package dev.newswire.bench;
